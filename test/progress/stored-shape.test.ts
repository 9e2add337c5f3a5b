import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyLoggedSet } from '../../lambda/progress/apply-set';
import {
  createStore,
  type LoggedSet,
  liftSnapshotSchema,
  type Store,
  setIdentity,
  statsFormat,
  statsSortKey,
  summarySortKey,
  userPartitionKey,
  workoutSummarySchema,
} from '../../lambda/store';
import { benchSet, newUserId, newWorkout } from '../store/fixtures';
import { useFreshTable } from '../support/dynamo';
import { getItem } from './pipeline-support';

// STATS and DONE items written before set identities were hashed carry full set keys. They must
// still recognise a replay, and the next set rewrites them in the compact shape.

const table = useFreshTable();
let store: Store;

beforeAll(() => {
  store = createStore({ documentClient: table.documentClient, tableName: table.name });
});

const workout = newWorkout();
const at = (minute: number) => `2026-11-26T07:${minute}:00.000Z`;
const kg = (value: number) => ({ value, unit: 'kg' as const });

async function logSet(
  userId: string,
  overrides: Partial<LoggedSet>,
): Promise<{ setKey: string; set: LoggedSet }> {
  const set: LoggedSet = { ...benchSet(workout, overrides), closesWorkout: false };
  const saved = await store.saveTurn(userId, { loggedSet: set });
  if (!saved.ok || !saved.setKey) throw new Error('set not saved');
  return { setKey: saved.setKey, set };
}

function oldSetRecord(setKey: string, set: LoggedSet) {
  const { kind, reps, load, failed, effort, target } = set;
  return { setKey, kind, reps, load, failed, effort, target, at: set.loggedAt };
}

describe('progress items stored in the original shape', () => {
  it('recognise replays by full set key and are rewritten compact on the next set', async () => {
    const userId = newUserId();
    const warmup = await logSet(userId, {
      kind: 'warmup',
      reps: 10,
      load: kg(40),
      target: null,
      loggedAt: at(31),
    });
    const working = await logSet(userId, { reps: 6, loggedAt: at(34) });
    const PK = userPartitionKey(userId);
    const statsSK = statsSortKey('bench-press');
    const summarySK = summarySortKey(workout.startedAt, workout.workoutId);
    const bestSet = {
      setKey: working.setKey,
      reps: 6,
      load: kg(75),
      oneRepMax: kg(93.1),
      at: at(34),
      workoutId: workout.workoutId,
    };
    const oldStats = {
      PK,
      SK: statsSK,
      exerciseId: 'bench-press',
      estimatedOneRepMax: kg(93.1),
      bestSet,
      personalRecordAt: at(34),
      progression: null,
      session: {
        workoutId: workout.workoutId,
        startedAt: workout.startedAt,
        focus: 'strength',
        base: null,
        sets: [oldSetRecord(warmup.setKey, warmup.set), oldSetRecord(working.setKey, working.set)],
        newRecord: true,
      },
      version: 1,
      updatedAt: at(34),
    };
    const oldSummary = {
      PK,
      SK: summarySK,
      workoutId: workout.workoutId,
      date: '2026-11-26',
      startedAt: workout.startedAt,
      focus: 'strength',
      status: 'in-progress',
      finishedAt: null,
      workingSets: 1,
      warmupSets: 1,
      totalReps: 6,
      exercises: [{ exerciseId: 'bench-press', workingSets: 1, reps: 6, volume: kg(450), failedSets: 0 }],
      newRecords: [{ exerciseId: 'bench-press', oneRepMax: kg(93.1), setKey: working.setKey, at: at(34) }],
      nextTargets: {},
      appliedSetKeys: [warmup.setKey, working.setKey],
      lastSetAt: at(34),
      version: 1,
      updatedAt: at(34),
    };
    for (const Item of [oldStats, oldSummary]) {
      await table.documentClient.send(new PutCommand({ TableName: table.name, Item }));
    }

    expect(await applyLoggedSet(store, { userId, ...working })).toBe('already-applied');
    expect(await applyLoggedSet(store, { userId, ...warmup })).toBe('already-applied');
    expect(await getItem(table, userId, statsSK)).toEqual(oldStats);
    expect(await getItem(table, userId, summarySK)).toEqual(oldSummary);

    const next = await logSet(userId, { reps: 7, loggedAt: at(37) });
    expect(await applyLoggedSet(store, { userId, ...next })).toBe('applied');

    const storedStats = await getItem(table, userId, statsSK);
    expect(storedStats).toMatchObject({ f: statsFormat, version: 2 });
    expect(storedStats).not.toHaveProperty('session');
    const stats = liftSnapshotSchema.parse(storedStats);
    expect(stats.session).toMatchObject({ workingSets: 2 });
    const summary = await getItem(table, userId, summarySK);
    expect(summary).toMatchObject({ f: statsFormat });
    // Warm-ups move no estimate or target, so the rewritten session keeps the working sets only,
    // now in the workout's summary.
    const session = workoutSummarySchema.parse(summary).lifts['bench-press'];
    expect(session?.sets.map((record) => Object.keys(record).sort())).toEqual([
      ['at', 'effort', 'failed', 'id', 'kind', 'load', 'reps', 'target'],
      ['at', 'effort', 'failed', 'id', 'kind', 'load', 'reps', 'target'],
    ]);
    expect(session?.sets.map((record) => record.id)).toEqual([working.setKey, next.setKey].map(setIdentity));
    expect(stats.bestSet).toMatchObject({ reps: 7, oneRepMax: expect.objectContaining({ unit: 'kg' }) });

    expect(summary).not.toHaveProperty('appliedSetKeys');
    expect(workoutSummarySchema.parse(summary)).toMatchObject({
      version: 2,
      workingSets: 2,
      warmupSets: 1,
      totalReps: 13,
      applied: [warmup.setKey, working.setKey, next.setKey].map(setIdentity),
    });
    expect(
      workoutSummarySchema.parse(summary).newRecords.map((record) => Object.keys(record).sort()),
    ).toEqual([['at', 'exerciseId', 'id', 'oneRepMax']]);

    // Every set, old or new, is still recognised in the rewritten items.
    for (const replay of [warmup, working, next]) {
      expect(await applyLoggedSet(store, { userId, ...replay })).toBe('already-applied');
    }
    expect((await getItem(table, userId, summarySK))?.version).toBe(2);
  });
});
