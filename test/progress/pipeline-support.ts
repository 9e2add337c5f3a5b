import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
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
