import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  paginateScan,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  currentSetSortKey,
  legacySetKeyPrefix,
  migratedSetAttribute,
  setKeyBody,
} from '../../lambda/store/keys';

/**
 * Moves logged sets of the old shape (`SET#<loggedAt>#<requestId>`, inside the turn's Query range)
 * to `LOG#<loggedAt>#<requestId>`: each set is one transaction that puts the copy (only if absent)
 * and deletes the original (only if still there), so a set is never in neither place and never
 * comes back after its user deleted their data. The table itself is the progress record: a run
 * that stops (crash, throttling, Ctrl-C) is resumed by running again, which finds only the sets
 * not yet moved, and a run over a migrated table moves nothing.
 *
 * The copy carries `migratedAt`, which keeps its stream insert away from the progress Lambda (the
 * set was applied when first logged). Sets younger than `minAgeHours` are left for a later run:
 * their first stream record may not be processed yet, and the progress Lambda saves only while
 * the set's own item exists.
 */
export interface MoveSetItemsOptions {
  documentClient: DynamoDBDocumentClient;
  tableName: string;
  now?: () => Date;
  /** Default 24: a DynamoDB stream keeps records for 24 hours. */
  minAgeHours?: number;
  /** Transactions in flight at once. */
  concurrency?: number;
  /** Stop after moving this many (to pace a large table; run again to continue). */
  maxSets?: number;
  log?: (line: string) => void;
}

export interface MoveSetItemsResult {
  /** SET# items found. */
  found: number;
  moved: number;
  /** The LOG# copy existed already; the original was removed. */
  alreadyCopied: number;
  /** Gone before it could be moved (the user deleted their data meanwhile). */
  vanished: number;
  /** Younger than `minAgeHours`: run again later. */
  tooRecent: number;
  /** True when `maxSets` stopped the run before the table was done. */
  stoppedEarly: boolean;
}

export async function moveSetItems(options: MoveSetItemsOptions): Promise<MoveSetItemsResult> {
  const now = (options.now ?? (() => new Date()))();
  const youngest = now.getTime() - (options.minAgeHours ?? 24) * 3_600_000;
  const result: MoveSetItemsResult = {
    found: 0,
    moved: 0,
    alreadyCopied: 0,
    vanished: 0,
    tooRecent: 0,
    stoppedEarly: false,
  };
  const scan = paginateScan(
    { client: options.documentClient },
    {
      TableName: options.tableName,
      FilterExpression: 'begins_with(SK, :set)',
      ExpressionAttributeValues: { ':set': legacySetKeyPrefix },
    },
  );
  for await (const page of scan) {
    const due: Record<string, unknown>[] = [];
    for (const item of page.Items ?? []) {
      result.found++;
      if (loggedAtMs(String(item.SK)) > youngest) result.tooRecent++;
      else due.push(item);
    }
    const room = options.maxSets === undefined ? due.length : options.maxSets - moves(result);
    if (room < due.length) result.stoppedEarly = true;
    await inParallel(due.slice(0, Math.max(0, room)), options.concurrency ?? 8, async (item) => {
      result[await moveOne(options, item, now)]++;
    });
    options.log?.(`${result.found} old-shape sets seen, ${moves(result)} moved`);
    if (result.stoppedEarly) break;
  }
  return result;
}

function moves(result: MoveSetItemsResult): number {
  return result.moved + result.alreadyCopied + result.vanished;
}

/** The time in the key; a key whose time does not read is treated as old (moved, never lost). */
function loggedAtMs(sortKey: string): number {
  const time = Date.parse((setKeyBody(sortKey) ?? '').split('#')[0] ?? '');
  return Number.isFinite(time) ? time : 0;
}

type Outcome = 'moved' | 'alreadyCopied' | 'vanished';

async function moveOne(
  options: MoveSetItemsOptions,
  item: Record<string, unknown>,
  now: Date,
): Promise<Outcome> {
  const TableName = options.tableName;
  const Key = { PK: item.PK, SK: item.SK };
  const copy = { ...item, SK: currentSetSortKey(String(item.SK)), [migratedSetAttribute]: now.toISOString() };
  try {
    await options.documentClient.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName, Item: copy, ConditionExpression: 'attribute_not_exists(PK)' } },
          { Delete: { TableName, Key, ConditionExpression: 'attribute_exists(PK)' } },
        ],
      }),
    );
    return 'moved';
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const [put, remove] = error.CancellationReasons?.map((reason) => reason.Code) ?? [];
    if (remove === 'ConditionalCheckFailed') return 'vanished';
    if (put === 'ConditionalCheckFailed') {
      // Copied before (the sets are immutable, so the copy is this set): only the original is left.
      try {
        await options.documentClient.send(
          new DeleteCommand({ TableName, Key, ConditionExpression: 'attribute_exists(PK)' }),
        );
      } catch (deleteError) {
        if (deleteError instanceof ConditionalCheckFailedException) return 'vanished';
        throw deleteError;
      }
      return 'alreadyCopied';
    }
    throw error;
  }
}

async function inParallel<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}
