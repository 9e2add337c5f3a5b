import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The IAM action each DynamoDB command needs (client and document client spellings). */
const actionsByCommand: Record<string, string> = {
  QueryCommand: 'dynamodb:Query',
  ScanCommand: 'dynamodb:Scan',
  GetCommand: 'dynamodb:GetItem',
  GetItemCommand: 'dynamodb:GetItem',
  PutCommand: 'dynamodb:PutItem',
  PutItemCommand: 'dynamodb:PutItem',
  UpdateCommand: 'dynamodb:UpdateItem',
  UpdateItemCommand: 'dynamodb:UpdateItem',
  DeleteCommand: 'dynamodb:DeleteItem',
  DeleteItemCommand: 'dynamodb:DeleteItem',
  BatchGetCommand: 'dynamodb:BatchGetItem',
  BatchGetItemCommand: 'dynamodb:BatchGetItem',
  BatchWriteCommand: 'dynamodb:BatchWriteItem',
  BatchWriteItemCommand: 'dynamodb:BatchWriteItem',
};

/** Transactions are authorised per item: each operation inside needs its own item action. */
const transactionCommands = new Set([
  'TransactWriteCommand',
  'TransactWriteItemsCommand',
  'TransactGetCommand',
  'TransactGetItemsCommand',
]);
const actionsByTransactionItem: Record<string, string> = {
  Put: 'dynamodb:PutItem',
  Update: 'dynamodb:UpdateItem',
  Delete: 'dynamodb:DeleteItem',
  ConditionCheck: 'dynamodb:ConditionCheckItem',
  Get: 'dynamodb:GetItem',
};

export class UnknownCommandError extends Error {
  override readonly name = 'UnknownCommandError';
}

/**
 * The DynamoDB actions one source file's commands need, read from its text: every
 * `new XCommand(` it constructs, every `paginateX(` (which sends `XCommand` page by page), and for
 * transactions the item operations it lists.
 */
export function actionsSentBy(source: string, fileName: string): Set<string> {
  const actions = new Set<string>();
  const constructed = [...source.matchAll(/\bnew\s+(\w+Command)\s*\(/g)].map((match) => match[1] as string);
  const paginated = [...source.matchAll(/\bpaginate(\w+)\s*\(/g)].map((match) => `${match[1]}Command`);
  for (const command of [...constructed, ...paginated]) {
    if (transactionCommands.has(command)) {
      for (const item of source.matchAll(/\b(Put|Update|Delete|ConditionCheck|Get)\s*:\s*\{/g)) {
        actions.add(actionsByTransactionItem[item[1] as string] as string);
      }
      continue;
    }
    const action = actionsByCommand[command];
    if (action === undefined) {
      throw new UnknownCommandError(
        `${fileName} sends ${command}: add its IAM action to the infra test's command map`,
      );
    }
    actions.add(action);
  }
  return actions;
}

/** The TypeScript files under a folder (tests excluded), recursively. */
export function sourceFilesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export function actionsSentByFiles(files: string[]): Set<string> {
  const actions = new Set<string>();
  for (const file of files) {
    for (const action of actionsSentBy(readFileSync(file, 'utf8'), file)) actions.add(action);
  }
  return actions;
}
