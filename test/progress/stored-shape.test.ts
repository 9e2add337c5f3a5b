import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyLoggedSet } from '../../lambda/progress/apply-set';
import { applySetToStats } from '../../lambda/progress/lift-stats';
import { applySetToSummary } from '../../lambda/progress/workout-summary';
import {
  chartSessions,
  chartSortKey,
  createStore,
  encodeLiftStats,
  type LiftStats,
  type LoggedSet,
  liftChartSchema,
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

describe('STATS items stored before the snapshot split (session sets and chart inside)', () => {
  it('read for the turn, keep their session going, and move their chart to PLOT# with the next set', async () => {
    const userId = newUserId();
    const PK = userPartitionKey(userId);
    // Three sessions of bench folded the way the progress Lambda used to store them: one compact
    // STATS item with the latest session's sets and the chart's list, summaries without `lifts`.
    const days = [20, 22, 24].map((day) => newWorkout(0, new Date(`2026-11-${day}T07:30:00.000Z`)));
    let stats: LiftStats | null = null;
    let lastSet: { setKey: string; set: LoggedSet } | null = null;
    for (const [index, day] of days.entries()) {
      for (let setIndex = 0; setIndex < 2; setIndex++) {
        const loggedAt = new Date(Date.parse(day.startedAt) + (setIndex + 1) * 180_000).toISOString();
        const set: LoggedSet = {
          ...benchSet(day, { reps: 6, load: kg(70 + index * 2.5), setIndex, loggedAt }),
          closesWorkout: false,
        };
        const saved = await store.saveTurn(userId, { loggedSet: set });
        if (!saved.ok || !saved.setKey) throw new Error('set not saved');
        stats = applySetToStats(stats, saved.setKey, set).stats;
        lastSet = { setKey: saved.setKey, set };
      }
    }
    if (!stats || !lastSet) throw new Error('expected stats');
    expect(stats.recent).toHaveLength(3);
    const latest = days[2] ?? newWorkout();
    const earlierShape = { ...encodeLiftStats(stats), version: 6 };
    const summaryBefore = applySetToSummary(null, lastSet.setKey, lastSet.set, null, stats.progression);
    const { lifts: _none, ...summaryWithoutLifts } = summaryBefore;
    for (const Item of [
      { ...earlierShape, PK, SK: statsSortKey('bench-press') },
      { ...summaryWithoutLifts, version: 1, PK, SK: summarySortKey(latest.startedAt, latest.workoutId) },
    ]) {
      await table.documentClient.send(new PutCommand({ TableName: table.name, Item }));
    }

    // A turn reads it: the latest session counted from its sets, the chart from its list.
    const snapshot = (await store.loadUser(userId)).stats['bench-press'];
    expect(snapshot?.session).toMatchObject({ workoutId: latest.workoutId, workingSets: 2 });
    expect(snapshot && chartSessions(snapshot, null)).toHaveLength(3);

    // A third set of the latest session builds on the two sets the item held.
    const third = {
      ...lastSet.set,
      setIndex: 2,
      loggedAt: new Date(Date.parse(lastSet.set.loggedAt) + 180_000).toISOString(),
    };
    const thirdSaved = await store.saveTurn(userId, { loggedSet: third });
    if (!thirdSaved.ok || !thirdSaved.setKey) throw new Error('set not saved');
    expect(await applyLoggedSet(store, { userId, setKey: thirdSaved.setKey, set: third })).toBe('applied');
    const summary = workoutSummarySchema.parse(
      await getItem(table, userId, summarySortKey(latest.startedAt, latest.workoutId)),
    );
    expect(summary.lifts['bench-press']?.sets).toHaveLength(3);
    const rewritten = await getItem(table, userId, statsSortKey('bench-press'));
    expect(rewritten).not.toHaveProperty('rc');
    expect(rewritten).not.toHaveProperty(['s', 'ss']);
    // Its chart moved out with the rewrite: the two earlier sessions in PLOT#, the latest in the snapshot.
    const chart = liftChartSchema.parse(await getItem(table, userId, chartSortKey('bench-press')));
    expect(chart.chart.map((session) => session.at)).toEqual(days.slice(0, 2).map((day) => day.startedAt));
    const charted = await store.loadUser(userId, { chartsFrom: 'bench-press' });
    const redrawn = charted.stats['bench-press'];
    expect(redrawn && chartSessions(redrawn, charted.charts['bench-press'] ?? null)).toHaveLength(3);
  });
});
