import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll } from 'vitest';
import { handler } from '../../lambda/progress';
import {
  type ActiveWorkout,
  type Store,
  statsSortKey,
  summarySortKey,
  userPartitionKey,
} from '../../lambda/store';
import { createStreamPoller, type StreamPoller } from '../../local/stream-poller';
import { benchSet } from '../store/fixtures';
import type { FreshTable } from '../support/dynamo';

/** The real progress handler behind the real stream poller; every event it is given is kept. */
export function startPipeline(table: FreshTable): { poller: StreamPoller; events: DynamoDBStreamEvent[] } {
  const events: DynamoDBStreamEvent[] = [];
  const poller = createStreamPoller({
    tableName: table.name,
    idleDelayMs: 20,
    retryAttempts: 2,
    handler: async (event, context) => {
      events.push(structuredClone(event));
      return handler(event, context);
    },
  });
  return { poller, events };
}

export interface RunningPipeline {
  readonly poller: StreamPoller;
  readonly events: DynamoDBStreamEvent[];
}

/**
 * The pipeline of `startPipeline` running for the whole test file, stopped after it. Call it after
 * `useFreshTable` and read the fields inside tests or hooks (they are set in `beforeAll`).
 */
export function useProgressPipeline(table: FreshTable): RunningPipeline {
  const pipeline = {} as { poller: StreamPoller; events: DynamoDBStreamEvent[] };
  beforeAll(async () => {
    Object.assign(pipeline, startPipeline(table));
    await pipeline.poller.start();
  });
  afterAll(async () => {
    await pipeline.poller?.stop();
  });
  return pipeline;
}

/**
 * DynamoDB Local's stream kept, unfiltered, for the whole test file, with no handler behind it: a
 * test hands the progress handler the real records in the order it chooses (Lambda does not
 * promise the order of two items' records) or as a replayed or unfiltered batch would bring them.
 */
export function useStreamCapture(table: FreshTable): {
  /** Runs `write`, then returns the stream records it caused, in stream order. */
  recordsOf(write: () => Promise<unknown>): Promise<DynamoDBRecord[]>;
} {
  const captured: DynamoDBRecord[] = [];
  let capture: StreamPoller | undefined;
  beforeAll(async () => {
    capture = createStreamPoller({
      tableName: table.name,
      idleDelayMs: 20,
      filter: () => true,
      handler: async (event) => {
        captured.push(...event.Records);
        return { batchItemFailures: [] };
      },
    });
    await capture.start();
  });
  afterAll(async () => {
    await capture?.stop();
  });
  return {
    async recordsOf(write) {
      if (!capture) throw new Error('the stream capture starts in beforeAll');
      await capture.drain();
      const from = captured.length;
      await write();
      await capture.drain();
      return captured.slice(from);
    },
  };
}

export async function getItem(table: FreshTable, userId: string, SK: string) {
  const { Item } = await table.documentClient.send(
    new GetCommand({
      TableName: table.name,
      Key: { PK: userPartitionKey(userId), SK },
      ConsistentRead: true,
    }),
  );
  return Item;
}

export const statsKey = (exerciseId: string) => statsSortKey(exerciseId);
export const summaryKey = (workout: ActiveWorkout) => summarySortKey(workout.startedAt, workout.workoutId);

/**
 * Logs sets the way the skill does: each set in one transaction with the cursor move, the last one
 * moving the cursor to `done` when `finish` is set. Returns the stored set keys.
 */
export async function logSets(
  store: Store,
  userId: string,
  workout: ActiveWorkout,
  sets: { reps: number; load: number; kind?: 'warmup' | 'working'; failed?: boolean }[],
  finish: boolean,
): Promise<string[]> {
  let current = workout;
  const keys: string[] = [];
  for (const [index, planned] of sets.entries()) {
    const last = index === sets.length - 1;
    const loggedAt = new Date(Date.parse(workout.startedAt) + (index + 1) * 60_000).toISOString();
    const next: ActiveWorkout = {
      ...current,
      cursor: { ...current.cursor, setIndex: index + 1, phase: finish && last ? 'done' : 'resting' },
    };
    const result = await store.saveTurn(userId, {
      activeWorkout: next,
      loggedSet: benchSet(
        current,
        {
          reps: planned.reps,
          load: { value: planned.load, unit: 'kg' },
          target: { reps: 6, load: { value: planned.load, unit: 'kg' } },
          kind: planned.kind ?? 'working',
          failed: planned.failed ?? false,
          setIndex: index,
          loggedAt,
        },
        new Date(loggedAt),
      ),
    });
    if (!result.ok || !result.setKey || result.workoutVersion === null) throw new Error('logging failed');
    keys.push(result.setKey);
    current = { ...next, version: result.workoutVersion };
  }
  return keys;
}
