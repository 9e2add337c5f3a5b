import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activeWorkoutLifetimeSeconds,
  createStore,
  type LiftStats,
  loggedSetSchema,
  type Store,
  setIdentity,
  setSortKey,
  userPartitionKey,
  type WorkoutSummary,
} from '../../lambda/store';
import { useFreshTable } from '../support/dynamo';
import { countingDocumentClient } from './counting-client';
import { benchSet, fixedNow, newUserId, newWorkout, strengthProfile } from './fixtures';

const table = useFreshTable();
const counting = countingDocumentClient();
let store: Store;

beforeAll(() => {
  store = createStore({
    documentClient: counting.documentClient,
    tableName: table.name,
    now: () => fixedNow,
  });
});
afterAll(() => counting.destroy());

describe('round trips of every item', () => {
  it('a new user has nothing stored', async () => {
    const user = await store.loadUser(newUserId());
    expect(user).toEqual({
      profile: null,
      activeWorkout: null,
      workoutVersion: 0,
      stats: {},
      charts: {},
      recovered: { activeWorkoutDiscarded: false, profileRepaired: false, unreadableStats: [] },
    });
  });

  it('stores the profile and reads it back at the next version', async () => {
    const userId = newUserId();
    const profile = strengthProfile();
    expect(await store.saveTurn(userId, { profile })).toMatchObject({ ok: true, profileVersion: 1 });
    const loaded = await store.loadUser(userId);
    expect(loaded.profile).toEqual({ ...profile, version: 1, updatedAt: fixedNow.toISOString() });
  });

  it('stores the active workout with a TTL a day after the turn', async () => {
    const userId = newUserId();
    const workout = newWorkout();
    expect(await store.saveTurn(userId, { activeWorkout: workout })).toMatchObject({
      ok: true,
      workoutVersion: 1,
    });
    const loaded = await store.loadUser(userId);
    const expiresAt = Math.floor(fixedNow.getTime() / 1000) + activeWorkoutLifetimeSeconds;
    expect(loaded.activeWorkout).toEqual({
      ...workout,
      version: 1,
      expiresAt,
      lastTurnAt: fixedNow.toISOString(),
    });
    expect(loaded.workoutVersion).toBe(1);
  });

  it('stores a logged set under its request id, marked as closing when the cursor reaches done', async () => {
    const userId = newUserId();
    const workout = newWorkout();
    const set = benchSet(workout);
    const result = await store.saveTurn(userId, {
      activeWorkout: { ...workout, cursor: { ...workout.cursor, phase: 'done' } },
      loggedSet: set,
    });
    const setKey = setSortKey(set.loggedAt, set.requestId);
    expect(result).toEqual({ ok: true, profileVersion: null, workoutVersion: 1, setKey });
    const { Item } = await table.documentClient.send(
      new GetCommand({
        TableName: table.name,
        Key: { PK: userPartitionKey(userId), SK: setKey },
        ConsistentRead: true,
      }),
    );
    expect(loggedSetSchema.parse(Item)).toEqual({ ...set, closesWorkout: true });
    // Sets are history, not turn state: the turn's read leaves them out.
    expect(Object.keys(await store.loadUser(userId))).not.toContain('sets');
  });

  it('stores lift stats and the workout summary for the progress Lambda, and the turn reads the stats', async () => {
    const userId = newUserId();
    const workout = newWorkout();
    const set = benchSet(workout);
    const saved = await store.saveTurn(userId, { loggedSet: set });
    if (!saved.ok || !saved.setKey) throw new Error('set not saved');
    const stats: LiftStats = {
      exerciseId: 'bench-press',
      estimatedOneRepMax: { value: 87.1, unit: 'kg' },
      bestSet: {
        id: setIdentity(saved.setKey),
        reps: 6,
        load: { value: 75, unit: 'kg' },
        oneRepMax: { value: 87.1, unit: 'kg' },
        at: set.loggedAt,
      },
      personalRecordAt: set.loggedAt,
      progression: null,
      session: null,
      version: 0,
      updatedAt: fixedNow.toISOString(),
    };
    const summary: WorkoutSummary = {
      workoutId: workout.workoutId,
      date: '2026-11-26',
      startedAt: workout.startedAt,
      focus: 'strength',
      status: 'in-progress',
      finishedAt: null,
      workingSets: 1,
      warmupSets: 0,
      totalReps: 6,
      exercises: [
        {
          exerciseId: 'bench-press',
          workingSets: 1,
          reps: 6,
          volume: { value: 450, unit: 'kg' },
          failedSets: 0,
        },
      ],
      newRecords: [],
      nextTargets: {},
      lifts: {},
      applied: [setIdentity(saved.setKey)],
      lastSetAt: set.loggedAt,
      version: 0,
      updatedAt: fixedNow.toISOString(),
    };
    const stored = { snapshot: null, chart: null, chartRead: false, chartVersion: 0 };
    expect(await store.saveLiftProgress(userId, saved.setKey, { stats, summary, stored })).toEqual({
      ok: true,
    });
    const progress = await store.readLiftProgress(userId, 'bench-press', {
      workoutId: workout.workoutId,
      workoutStartedAt: workout.startedAt,
    });
    expect(progress.stats).toEqual({
      value: { ...stats, recent: [], version: 1 },
      version: 1,
      unreadable: false,
    });
    expect(progress.summary).toEqual({ value: { ...summary, version: 1 }, version: 1, unreadable: false });
    expect((await store.loadUser(userId)).stats).toEqual({ 'bench-press': { ...stats, version: 1 } });
    expect(await store.loadSetHistory(userId, 'bench-press')).toEqual([
      { setKey: saved.setKey, set: { ...set, closesWorkout: false } },
    ]);
  });

  it('ends the active workout only at the version read', async () => {
    const userId = newUserId();
    await store.saveTurn(userId, { activeWorkout: newWorkout() });
    expect(await store.saveTurn(userId, { endActiveWorkout: { version: 7 } })).toEqual({
      ok: false,
      reason: 'conflict',
      item: 'activeWorkout',
    });
    expect(await store.saveTurn(userId, { endActiveWorkout: { version: 1 } })).toMatchObject({ ok: true });
    expect((await store.loadUser(userId)).activeWorkout).toBeNull();
  });
});
