import { DeleteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { handler } from '../../lambda/progress';
import {
  createStore,
  type Store,
  setSortKey,
  statsSortKey,
  userPartitionKey,
  workoutSummarySchema,
} from '../../lambda/store';
import { benchSet, newUserId, newWorkout, strengthProfile } from '../store/fixtures';
import { useFreshTable } from '../support/dynamo';
import { getItem, summaryKey, useStreamCapture } from './pipeline-support';

// These tests hand the progress handler real stream records (captured from DynamoDB Local's stream
// with no filter), the way Lambda would if the mapping's filter were missing or replayed a batch.

const table = useFreshTable();
const { recordsOf } = useStreamCapture(table);
const context = {} as Context;
let store: Store;

beforeAll(() => {
  store = createStore({ documentClient: table.documentClient, tableName: table.name });
});

async function itemsUnder(userId: string) {
  const { Items } = await table.documentClient.send(
    new QueryCommand({
      TableName: table.name,
      ConsistentRead: true,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': userPartitionKey(userId) },
    }),
  );
  return Items ?? [];
}

describe('the progress handler', () => {
  it('ignores everything but inserted sets: profile and workout writes, modifications, removals', async () => {
    const userId = newUserId();
    const workout = newWorkout();
    const set = benchSet(workout);
    const setKey = setSortKey(set.loggedAt, set.requestId);
    const records = await recordsOf(async () => {
      await store.saveTurn(userId, { profile: strengthProfile(), activeWorkout: workout });
      await store.saveTurn(userId, {
        profile: { ...strengthProfile(), version: 1, timerConsent: 'granted' },
      });
      await store.saveTurn(userId, { endActiveWorkout: { version: 1 } });
      // A set item removed (as TTL or a cleanup would) is not a new set either.
      await table.documentClient.send(
        new PutCommand({ TableName: table.name, Item: { ...set, PK: userPartitionKey(userId), SK: setKey } }),
      );
      await table.documentClient.send(
        new DeleteCommand({ TableName: table.name, Key: { PK: userPartitionKey(userId), SK: setKey } }),
      );
    });
    const notNewSets = records.filter(
      (record) => !(record.eventName === 'INSERT' && record.dynamodb?.Keys?.SK?.S?.startsWith('LOG#')),
    );
    expect(notNewSets.map((record) => record.eventName).sort()).toEqual([
      'INSERT',
      'INSERT',
      'MODIFY',
      'REMOVE',
      'REMOVE',
    ]);
    expect(await handler({ Records: notNewSets }, context)).toEqual({ batchItemFailures: [] });
    expect(await itemsUnder(userId)).toEqual([expect.objectContaining({ SK: 'PROFILE' })]);
  });

  it('reports a poison record alone in batchItemFailures while the others in the batch apply', async () => {
    const userId = newUserId();
    const workout = newWorkout();
    const records = await recordsOf(async () => {
      await store.saveTurn(userId, {
        loggedSet: benchSet(workout, { loggedAt: '2026-11-26T07:31:00.000Z' }),
      });
      await table.documentClient.send(
        new PutCommand({
          TableName: table.name,
          Item: { PK: userPartitionKey(userId), SK: setSortKey('2026-11-26T07:32:00.000Z', 'x'), reps: -1 },
        }),
      );
      await store.saveTurn(userId, {
        loggedSet: benchSet(workout, { reps: 4, failed: true, loggedAt: '2026-11-26T07:33:00.000Z' }),
      });
    });
    expect(records).toHaveLength(3);
    const poison = records[1]?.dynamodb?.SequenceNumber;
    expect(await handler({ Records: records }, context)).toEqual({
      batchItemFailures: [{ itemIdentifier: poison }],
    });
    const summary = workoutSummarySchema.parse(await getItem(table, userId, summaryKey(workout)));
    expect(summary).toMatchObject({ workingSets: 2, totalReps: 10 });
    expect(summary.exercises[0]?.failedSets).toBe(1);
  });

  it('a batch replayed after the user deleted their data brings nothing back', async () => {
    const userId = newUserId();
    const workout = newWorkout();
    const records = await recordsOf(() => store.saveTurn(userId, { loggedSet: benchSet(workout) }));
    expect(await handler({ Records: records }, context)).toEqual({ batchItemFailures: [] });
    expect((await itemsUnder(userId)).length).toBe(3); // the set, its stats, its summary
    await store.deleteUser(userId);
    expect(await handler({ Records: records }, context)).toEqual({ batchItemFailures: [] });
    expect(await itemsUnder(userId)).toEqual([]);
  });

  it('rebuilds unreadable stats from the set history instead of dropping them', async () => {
    const userId = newUserId();
    const workout = newWorkout();
    const at = (minute: number) => `2026-11-26T07:${minute}:00.000Z`;
    const early = await recordsOf(async () => {
      await store.saveTurn(userId, { loggedSet: benchSet(workout, { reps: 8, loggedAt: at(31) }) });
      await store.saveTurn(userId, { loggedSet: benchSet(workout, { reps: 6, loggedAt: at(34) }) });
    });
    await handler({ Records: early }, context);
    await table.documentClient.send(
      new PutCommand({
        TableName: table.name,
        Item: {
          PK: userPartitionKey(userId),
          SK: statsSortKey('bench-press'),
          bestSet: 'garbled',
          version: 2,
        },
      }),
    );
    const late = await recordsOf(() =>
      store.saveTurn(userId, { loggedSet: benchSet(workout, { reps: 5, loggedAt: at(37) }) }),
    );
    expect(await handler({ Records: late }, context)).toEqual({ batchItemFailures: [] });
    const read = await store.readLiftProgress(userId, 'bench-press', {
      workoutId: workout.workoutId,
      workoutStartedAt: workout.startedAt,
    });
    const stats = read.stats.value;
    expect(read.stats.version).toBe(3);
    expect(stats?.session?.sets.map((set) => set.reps)).toEqual([8, 6, 5]);
    // 75 × 8 beat its target of six, so two reps in reserve count: 75 × 36 / 27 = 100, the best of the
    // three, found again from the history.
    expect(stats?.bestSet).toMatchObject({ reps: 8, oneRepMax: { value: 100, unit: 'kg' } });
  });
});
