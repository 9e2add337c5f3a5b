import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import type { ZodMiniType } from 'zod/mini';
import { StoreError } from './errors';
import { chartSortKey, hashUserId, statsSortKey, summarySortKey, userPartitionKey } from './keys';
import { assembleLiftStats, type StoredLiftProgress, splitLiftStats } from './lift-progress-items';
import { issuePaths } from './load-user';
import type { StoreLogger } from './logger';
import {
  type LiftStats,
  liftChartSchema,
  liftSnapshotSchema,
  liftStatsSchema,
  type WorkoutSummary,
  workoutSummarySchema,
} from './schemas/history';
import { encodeLiftStats } from './stats-codec';
import { encodeLiftChart, encodeWorkoutSummary } from './summary-codec';
import { type ConditionalPut, storedVersion, versionedPut, withoutKeys } from './versioned-write';

export interface ProgressContext {
  documentClient: DynamoDBDocumentClient;
  tableName: string;
  logger: StoreLogger;
}

/** A versioned item as the progress Lambda reads it: `version` is what a save must build on. */
export interface ReadItem<T> {
  value: T | null;
  version: number;
  /** Stored but not valid: rebuild it (the set history is never dropped). */
  unreadable: boolean;
}

/**
 * A lift's progress and the set's workout summary as the progress Lambda reads them. `stats` is the
 * lift's whole state, put together from its three items (see lift-progress-items.ts); `stored` is
 * what those items held, which the save needs to write only what changed.
 */
export interface LiftProgress {
  stats: ReadItem<LiftStats>;
  summary: ReadItem<WorkoutSummary>;
  stored: StoredLiftProgress;
}

/** Which workout summary a set belongs to. */
export interface WorkoutRef {
  workoutId: string;
  workoutStartedAt: string;
}

/** Reads a lift's snapshot and the set's workout summary (consistent), its chart when a new session of
 * the lift begins, and puts the lift's state together. */
export async function readLiftProgress(
  context: ProgressContext,
  userId: string,
  exerciseId: string,
  workout: WorkoutRef,
): Promise<LiftProgress> {
  const PK = userPartitionKey(userId);
  const read = itemReader(context, hashUserId(userId));
  const [statsItem, summaryItem] = await Promise.all([
    getItem(context, { PK, SK: statsSortKey(exerciseId) }),
    getItem(context, { PK, SK: summarySortKey(workout.workoutStartedAt, workout.workoutId) }),
  ]);
  const snapshot = read(statsItem, liftSnapshotSchema, 'stats');
  const summary = read(summaryItem, workoutSummarySchema, 'summary');
  // The chart changes only when a lift's new session begins (or an item of the earlier shape moves
  // its chart out): only then is it read, a second round trip on about one set in four.
  const chartNeeded =
    snapshot.value !== null &&
    (snapshot.value.session?.workoutId !== workout.workoutId || snapshot.value.recent !== undefined);
  const chart = chartNeeded
    ? read(await getItem(context, { PK, SK: chartSortKey(exerciseId) }), liftChartSchema, 'chart')
    : null;
  const stored: StoredLiftProgress = {
    snapshot: snapshot.value,
    chart: chart?.value?.chart ?? null,
    chartRead: chart !== null,
    chartVersion: chart?.version ?? 0,
  };
  const assembled = snapshot.value
    ? assembleLiftStats(snapshot.value, statsItem ?? {}, summary.value, stored.chart, workout)
    : null;
  return {
    // The session's sets stored nowhere readable (a summary rebuilt, an item of an earlier shape
    // gone astray): the lift's state is rebuilt from the set history, like an unreadable item.
    stats:
      snapshot.value && !assembled
        ? { value: null, version: snapshot.version, unreadable: true }
        : { ...snapshot, value: assembled },
    summary,
    stored,
  };
}

/** A consistent GetItem: the function's role has item actions only (no BatchGetItem). */
async function getItem(
  context: ProgressContext,
  Key: { PK: string; SK: string },
): Promise<Record<string, unknown> | undefined> {
  try {
    const output = await context.documentClient.send(
      new GetCommand({ TableName: context.tableName, Key, ConsistentRead: true }),
    );
    return output.Item;
  } catch (error) {
    throw new StoreError('Could not read lift progress', { cause: error });
  }
}

/**
 * Reads the progress items of one lifter: an item that fails its schema reads as unreadable (to be
 * rebuilt from the set history), with a warning naming the fields, never the values.
 */
function itemReader(context: ProgressContext, userHash: string) {
  return <T>(
    item: Record<string, unknown> | undefined,
    schema: ZodMiniType<T>,
    kind: string,
  ): ReadItem<T> => {
    if (!item) return { value: null, version: 0, unreadable: false };
    const parsed = schema.safeParse(withoutKeys(item));
    if (parsed.success) return { value: parsed.data, version: storedVersion(item), unreadable: false };
    context.logger.warn('Unreadable progress item will be rebuilt', {
      user: userHash,
      item: kind,
      fields: issuePaths(parsed.error.issues),
    });
    return { value: null, version: storedVersion(item), unreadable: true };
  };
}

export type SaveProgressResult = { ok: true } | { ok: false; reason: 'conflict' | 'set-missing' };

/**
 * Stores a lift's stats and the workout summary, each conditional on the version read.
 *
 * When either item is new, both go in one transaction that also checks the set that caused them
 * still exists: after "delete my data" a late stream record must not bring the user's items back.
 * When both exist already, their version conditions prove the same (a deleted item fails its
 * condition), so they are two plain conditional puts, stats first: about half the write units of a
 * transaction. The summary is the record of applied sets and goes last; if its put fails after the
 * stats' landed, the retry folds the set into stats that hold it already, which changes nothing
 * (the stats fold is idempotent by set identity), and then records it.
 */
export async function saveLiftProgress(
  context: ProgressContext,
  userId: string,
  setKey: string,
  update: { stats: LiftStats; summary: WorkoutSummary; stored: StoredLiftProgress },
): Promise<SaveProgressResult> {
  const PK = userPartitionKey(userId);
  const stats = liftStatsSchema.parse(update.stats);
  const split = splitLiftStats(stats, workoutSummarySchema.parse(update.summary), update.stored);
  // Stored compact: every turn reads every STATS item of the lifter (see stats-codec.ts).
  const puts: ConditionalPut[] = [];
  if (split.chart) {
    puts.push(
      versionedPut(
        { PK, SK: chartSortKey(stats.exerciseId) },
        { ...encodeLiftChart(split.chart), version: update.stored.chartVersion },
      ),
    );
  }
  puts.push(
    versionedPut(
      { PK, SK: statsSortKey(stats.exerciseId) },
      { ...encodeLiftStats(liftSnapshotSchema.parse(split.snapshot)), version: stats.version },
    ),
    versionedPut(
      { PK, SK: summarySortKey(split.summary.startedAt, split.summary.workoutId) },
      { ...encodeWorkoutSummary(split.summary), version: split.summary.version },
    ),
  );
  if (puts.every((put) => Number(put.Item.version) > 1)) return putInTurn(context, puts);
  return putTogether(context, PK, setKey, puts);
}

async function putInTurn(context: ProgressContext, puts: ConditionalPut[]): Promise<SaveProgressResult> {
  for (const put of puts) {
    try {
      await context.documentClient.send(new PutCommand({ TableName: context.tableName, ...put }));
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return { ok: false, reason: 'conflict' };
      throw new StoreError('Could not save lift progress', { cause: error });
    }
  }
  return { ok: true };
}

async function putTogether(
  context: ProgressContext,
  PK: string,
  setKey: string,
  puts: ConditionalPut[],
): Promise<SaveProgressResult> {
  const TableName = context.tableName;
  try {
    await context.documentClient.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            ConditionCheck: {
              TableName,
              Key: { PK, SK: setKey },
              ConditionExpression: 'attribute_exists(PK)',
            },
          },
          ...puts.map((put) => ({ Put: { TableName, ...put } })),
        ],
      }),
    );
    return { ok: true };
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      const codes = error.CancellationReasons?.map((reason) => reason.Code) ?? [];
      if (codes[0] === 'ConditionalCheckFailed') return { ok: false, reason: 'set-missing' };
      if (codes.some((code) => code === 'ConditionalCheckFailed' || code === 'TransactionConflict')) {
        return { ok: false, reason: 'conflict' };
      }
    }
    throw new StoreError('Could not save lift progress', { cause: error });
  }
}

// The progress Lambda orders a session's sets with the history's own comparison.
export { compareSetKeys } from './set-history-read';
