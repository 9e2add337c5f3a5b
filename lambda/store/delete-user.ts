import { BatchWriteCommand, type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { StoreError } from './errors';
import { personLinkPrefix, personLinkSortKey, userPartitionKey } from './keys';

export interface DeleteContext {
  documentClient: DynamoDBDocumentClient;
  tableName: string;
  /** Waits between retries of unprocessed deletes; injectable so tests need not sleep. */
  sleep?: (ms: number) => Promise<void>;
}

export interface DeleteUserOptions {
  /** The account of a recognised person: their link under it goes too. */
  accountId?: string;
  /**
   * The account itself is going (the skill was disabled): also every person linked under it. Without
   * this an account's links stay, so a later disable still finds the people of the household.
   */
  includeLinkedPeople?: boolean;
}

/** BatchWriteItem takes at most 25 requests. */
const batchSize = 25;
const maxAttemptsPerBatch = 8;
/** The progress Lambda may still be writing while we delete; a few passes catch those items too. */
const maxPasses = 5;

/**
 * Removes every item under the user's partition: pages through the keys, deletes them 25 at a time,
 * retries unprocessed deletes with exponential backoff, then looks again until the partition is
 * empty. Returns how many deletes were sent.
 */
export async function deleteUser(
  context: DeleteContext,
  userId: string,
  options: DeleteUserOptions = {},
): Promise<{ deletedItems: number }> {
  const sleep = context.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let deletedItems = 0;
  // People first: while their data remains, the links that lead to it remain too, so an
  // interrupted deletion can be run again and still finds everyone.
  if (options.includeLinkedPeople) {
    for (const personId of await linkedPeople(context, userId)) {
      deletedItems += (await deleteUser(context, personId)).deletedItems;
    }
  }
  if (options.accountId && options.accountId !== userId) {
    await deleteBatch(
      context,
      [{ PK: userPartitionKey(options.accountId), SK: personLinkSortKey(userId) }],
      sleep,
    );
  }
  for (let pass = 0; pass < maxPasses; pass++) {
    let deletedThisPass = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await send(context, 'list', () =>
        context.documentClient.send(
          new QueryCommand({
            TableName: context.tableName,
            ConsistentRead: true,
            KeyConditionExpression: 'PK = :pk',
            ExpressionAttributeValues: { ':pk': userPartitionKey(userId) },
            ProjectionExpression: 'PK, SK',
            ExclusiveStartKey: startKey,
          }),
        ),
      );
      const keys = (page.Items ?? [])
        .map((item) => ({ PK: item.PK, SK: item.SK }))
        // An account's own "delete my data" keeps the links: its people's data is theirs to delete.
        .filter(({ SK }) => options.includeLinkedPeople || !String(SK).startsWith(personLinkPrefix));
      for (let start = 0; start < keys.length; start += batchSize) {
        await deleteBatch(context, keys.slice(start, start + batchSize), sleep);
      }
      deletedThisPass += keys.length;
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    deletedItems += deletedThisPass;
    if (deletedThisPass === 0) return { deletedItems };
  }
  throw new StoreError('Items kept appearing under the user while deleting');
}

async function linkedPeople(context: DeleteContext, accountId: string): Promise<string[]> {
  const people: string[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await send(context, 'links', () =>
      context.documentClient.send(
        new QueryCommand({
          TableName: context.tableName,
          ConsistentRead: true,
          KeyConditionExpression: 'PK = :pk AND begins_with(SK, :link)',
          ExpressionAttributeValues: { ':pk': userPartitionKey(accountId), ':link': personLinkPrefix },
          ProjectionExpression: 'SK',
          ExclusiveStartKey: startKey,
        }),
      ),
    );
    people.push(...(page.Items ?? []).map((item) => String(item.SK).slice(personLinkPrefix.length)));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return people;
}

async function deleteBatch(
  context: DeleteContext,
  keys: Record<string, unknown>[],
  sleep: (ms: number) => Promise<void>,
): Promise<void> {
  let pending = keys.map((Key) => ({ DeleteRequest: { Key } }));
  for (let attempt = 0; attempt < maxAttemptsPerBatch; attempt++) {
    if (attempt > 0) await sleep(Math.min(2_000, 50 * 2 ** attempt) * (0.5 + Math.random() / 2));
    const output = await send(context, 'delete', () =>
      context.documentClient.send(new BatchWriteCommand({ RequestItems: { [context.tableName]: pending } })),
    );
    const unprocessed = output.UnprocessedItems?.[context.tableName] ?? [];
    if (unprocessed.length === 0) return;
    pending = unprocessed.map((request) => ({ DeleteRequest: { Key: request.DeleteRequest?.Key ?? {} } }));
  }
  throw new StoreError(`Deletes still unprocessed after ${maxAttemptsPerBatch} attempts`);
}

async function send<T>(_context: DeleteContext, step: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new StoreError(`Could not delete the user's data (${step})`, { cause: error });
  }
}
