import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { handler } from '../../lambda/progress';
import {
  createStore,
  liftSnapshotSchema,
  type Store,
  setIdentity,
  setSortKey,
  userPartitionKey,
  workoutSummarySchema,
} from '../../lambda/store';
import { benchSet, newUserId, newWorkout, strengthProfile } from '../store/fixtures';
import { useFreshTable } from '../support/dynamo';
import { getItem, logSets, statsKey, summaryKey, useProgressPipeline } from './pipeline-support';

const table = useFreshTable();
const pipeline = useProgressPipeline(table);
let store: Store;

beforeAll(() => {
  store = createStore({ documentClient: table.documentClient, tableName: table.name });
});

const context = {} as Context;

describe('sets → stream → progress Lambda → stats and summary', () => {
  it('a finished workout leaves the estimated max, the record, the summary and next session’s targets', async () => {
    const userId = newUserId();
    const workout = newWorkout();
    await store.saveTurn(userId, { profile: strengthProfile(), activeWorkout: workout });
    const keys = await logSets(
      store,
      userId,
      { ...workout, version: 1 },
      [
        { reps: 10, load: 20, kind: 'warmup' },
        { reps: 6, load: 75 },
        { reps: 6, load: 75 },
        { reps: 7, load: 75 },
      ],
      true,
    );
    await pipeline.poller.drain();

    const stats = liftSnapshotSchema.parse(await getItem(table, userId, statsKey('bench-press')));
    // Each set met its target of six, so two reps in reserve count: Brzycki 75 × 36 / (37 − 9) = 96.43;
    // the first working set (75 × 6 + 2 → 93.1) was the record before it.
    expect(stats.estimatedOneRepMax).toEqual({ value: 96.43, unit: 'kg' });
    expect(stats.bestSet).toMatchObject({
      id: setIdentity(keys[3] ?? ''),
      reps: 7,
      oneRepMax: { value: 96.43, unit: 'kg' },
    });
    expect(stats.personalRecordAt).toBe(stats.bestSet?.at);
    // Strength, every set hit its six: one step up (2.5 kg), within the 5% cap.
    expect(stats.progression).toMatchObject({
      exerciseId: 'bench-press',
      focus: 'strength',
      load: { value: 77.5, unit: 'kg' },
      targetReps: 6,
      failedSessions: 0,
    });
    const summary = workoutSummarySchema.parse(await getItem(table, userId, summaryKey(workout)));
    // Warm-ups move no estimate and no target, so the session keeps the working sets only: in the
    // workout's summary, while the turn's snapshot counts them.
    expect(summary.lifts['bench-press']?.sets.map((set) => set.id)).toEqual(keys.slice(1).map(setIdentity));
    expect(stats.session).toMatchObject({ workoutId: workout.workoutId, workingSets: 3 });
    expect(summary).toMatchObject({
      status: 'finished',
      finishedAt: stats.bestSet?.at,
      workingSets: 3,
      warmupSets: 1,
      totalReps: 19,
      exercises: [
        {
          exerciseId: 'bench-press',
          workingSets: 3,
          reps: 19,
          volume: { value: 1425, unit: 'kg' },
          failedSets: 0,
        },
      ],
      newRecords: [
        {
          exerciseId: 'bench-press',
          oneRepMax: { value: 96.43, unit: 'kg' },
          id: setIdentity(keys[3] ?? ''),
        },
      ],
      nextTargets: { 'bench-press': stats.progression },
    });
    expect([...summary.applied].sort()).toEqual(keys.map(setIdentity).sort());
    expect(pipeline.poller.failedBatches).toEqual([]);
  });

  it('a workout that ends early keeps an in-progress summary and holds the targets it fell short of', async () => {
    const userId = newUserId();
    const first = newWorkout();
    await store.saveTurn(userId, { activeWorkout: first });
    const full = [
      { reps: 6, load: 75 },
      { reps: 6, load: 75 },
      { reps: 6, load: 75 },
    ];
    await logSets(store, userId, { ...first, version: 1 }, full, true);
    await pipeline.poller.drain();
    const afterFirst = liftSnapshotSchema.parse(await getItem(table, userId, statsKey('bench-press')));
    // 3 × 6 @ 75 kg earns a step (77.5), but the max those sets estimate (6 + 2 in reserve → 93 kg)
    // caps a strength load at 80% + one step = 77 kg, so the next plan prescribes 75 kg: the stored
    // targets say the number the plan will say.
    expect(afterFirst.progression).toMatchObject({ load: { value: 75, unit: 'kg' }, sets: 3 });

    // Next session: one set of the three, then the lifter stops.
    const { workoutVersion } = await store.loadUser(userId);
    const second = newWorkout(workoutVersion, new Date('2026-11-28T07:30:00.000Z'));
    await store.saveTurn(userId, { activeWorkout: second });
    await logSets(
      store,
      userId,
      { ...second, version: workoutVersion + 1 },
      [{ reps: 6, load: 77.5 }],
      false,
    );
    await pipeline.poller.drain();
    const summary = workoutSummarySchema.parse(await getItem(table, userId, summaryKey(second)));
    expect(summary).toMatchObject({ status: 'in-progress', finishedAt: null, workingSets: 1 });
    const stats = liftSnapshotSchema.parse(await getItem(table, userId, statsKey('bench-press')));
    expect(stats.session).toMatchObject({ workoutId: second.workoutId, workingSets: 1 });
    expect(summary.lifts['bench-press']?.base).toEqual(afterFirst.progression);
    // Not every set was done, so next time stays where this session was meant to be.
    expect(stats.progression).toMatchObject({ load: { value: 77.5, unit: 'kg' }, sets: 3 });
    // The first workout's summary is untouched by the second.
    const firstSummary = workoutSummarySchema.parse(await getItem(table, userId, summaryKey(first)));
    expect(firstSummary).toMatchObject({ status: 'finished', workingSets: 3 });
  });

  it('the same batch again changes nothing', async () => {
    const userId = newUserId();
    const workout = newWorkout();
    await store.saveTurn(userId, { activeWorkout: workout });
    const already = pipeline.events.length;
    await logSets(
      store,
      userId,
      { ...workout, version: 1 },
      [
        { reps: 6, load: 75 },
        { reps: 5, load: 75, failed: true },
      ],
      true,
    );
    await pipeline.poller.drain();
    const before = {
      stats: await getItem(table, userId, statsKey('bench-press')),
      summary: await getItem(table, userId, summaryKey(workout)),
    };
    const delivered = pipeline.events.slice(already);
    expect(delivered.length).toBeGreaterThan(0);
    for (const event of delivered) {
      expect(await handler(event, context)).toEqual({ batchItemFailures: [] });
    }
    expect(await getItem(table, userId, statsKey('bench-press'))).toEqual(before.stats);
    expect(await getItem(table, userId, summaryKey(workout))).toEqual(before.summary);
  });

  it('a poison set is reported alone while the sets around it apply', async () => {
    const userId = newUserId();
    const workout = newWorkout();
    const poisonKey = setSortKey(new Date().toISOString(), 'poison-request');
    const already = pipeline.events.length;
    // A set item only a broken writer could produce: the stream carries it like any other.
    await store.saveTurn(userId, {
      loggedSet: benchSet(workout, { reps: 6, loggedAt: '2026-11-26T07:31:00.000Z' }),
    });
    await table.documentClient.send(
      new PutCommand({
        TableName: table.name,
        Item: { PK: userPartitionKey(userId), SK: poisonKey, requestId: 'poison-request', reps: 'lots' },
      }),
    );
    await store.saveTurn(userId, {
      loggedSet: benchSet(workout, { reps: 8, setIndex: 1, loggedAt: '2026-11-26T07:32:00.000Z' }),
    });
    await pipeline.poller.drain();

    const poisonDeliveries = pipeline.events
      .slice(already)
      .flatMap((event) => event.Records)
      .filter((record) => record.dynamodb?.Keys?.SK?.S === poisonKey);
    expect(poisonDeliveries.length).toBe(3); // first try + two retries
    expect(pipeline.poller.failedBatches).toEqual([
      expect.objectContaining({ sequenceNumbers: [poisonDeliveries[0]?.dynamodb?.SequenceNumber] }),
    ]);
    const summary = workoutSummarySchema.parse(await getItem(table, userId, summaryKey(workout)));
    expect(summary.workingSets).toBe(2);
    expect(summary.totalReps).toBe(14);
  });
});
