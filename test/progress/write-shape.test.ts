import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { applyLoggedSet } from '../../lambda/progress/apply-set';
import { applySetWithdrawal } from '../../lambda/progress/withdraw-set';
import {
  createStore,
  type NewLoggedSet,
  type Store,
  setIdentity,
  withdrawalSortKey,
} from '../../lambda/store';
import { type DynamoCallCounter, startDynamoCallCounter } from '../../local/dynamo-call-counter';
import { type FaultProxy, startFaultProxy } from '../../local/fault-proxy';
import { benchSet, fixedNow, newUserId, newWorkout } from '../store/fixtures';
import { useFreshTable } from '../support/dynamo';

// The progress Lambda's writes, counted at the wire (ConsumedCapacity) and broken on purpose at the
// fault proxy: client → counter → fault proxy → DynamoDB Local.
const table = useFreshTable();
let proxy: FaultProxy;
let counter: DynamoCallCounter;
let client: DynamoDBClient;
let store: Store;
beforeAll(async () => {
  proxy = await startFaultProxy(inject('dynamoEndpoint'));
  counter = await startDynamoCallCounter({ upstream: proxy.endpoint });
  client = new DynamoDBClient({ endpoint: counter.endpoint, maxAttempts: 1 });
  store = createStore({ documentClient: DynamoDBDocumentClient.from(client), tableName: table.name });
});
afterEach(() => proxy.reset());
afterAll(async () => {
  client.destroy();
  await counter.close();
  await proxy.close();
});

const workout = newWorkout();
const minute = 60_000;

/** Working sets of one bench session, the second one heavier (a new record). */
function benchSession(): NewLoggedSet[] {
  return [75, 80, 75, 75].map((value, index) =>
    benchSet(workout, {
      setIndex: index,
      load: { value, unit: 'kg' },
      target: { reps: 6, load: { value: 75, unit: 'kg' } },
      loggedAt: new Date(fixedNow.getTime() + index * 3 * minute).toISOString(),
    }),
  );
}

async function logAndApply(userId: string, set: NewLoggedSet) {
  const saved = await store.saveTurn(userId, { loggedSet: set });
  if (!saved.ok || !saved.setKey) throw new Error('the set was not logged');
  const setKey = saved.setKey;
  return {
    setKey,
    apply: () => applyLoggedSet(store, { userId, setKey, set: { ...set, closesWorkout: false } }),
  };
}

async function progressOf(userId: string) {
  const read = await store.readLiftProgress(userId, 'bench-press', {
    workoutId: workout.workoutId,
    workoutStartedAt: workout.startedAt,
  });
  if (!read.stats.value || !read.summary.value) throw new Error('expected stats and a summary');
  const { version: _stats, ...stats } = read.stats.value;
  const { version: _summary, ...summary } = read.summary.value;
  return { stats, summary };
}

const summaryPut = {
  operation: 'PutItem',
  where: (request: { body: Record<string, unknown> }) => JSON.stringify(request.body).includes('"DONE#'),
};

describe("the progress Lambda's write per set", () => {
  it('a set of a workout under way is two plain puts (stats, summary), not a transaction: half the write units', async () => {
    const userId = newUserId();
    const units: { operations: string[]; writeUnits: number }[] = [];
    for (const set of benchSession()) {
      const logged = await logAndApply(userId, set);
      counter.reset();
      expect(await logged.apply()).toBe('applied');
      const writes = counter.requests.filter((request) => request.kind === 'write');
      units.push({
        operations: writes.map((request) => request.operation),
        writeUnits: writes.reduce((total, request) => total + request.writeUnits, 0),
      });
    }
    // The first set creates both items: one transaction that also checks the set still exists.
    expect(units[0]?.operations).toEqual(['TransactWriteItems']);
    for (const later of units.slice(1)) {
      expect(later.operations).toEqual(['PutItem', 'PutItem']);
      // Each item under 1 KB: one unit each (a transaction bills two per item, plus the check).
      expect(later.writeUnits).toBe(2);
    }
  });

  it("the summary's put lost after the stats' landed: the set is retried and counted once, its record named", async () => {
    const clean = newUserId();
    for (const set of benchSession()) await (await logAndApply(clean, set)).apply();

    const userId = newUserId();
    const [first, record, ...rest] = benchSession();
    if (!first || !record) throw new Error('expected sets');
    const firstSet = await logAndApply(userId, first);
    await firstSet.apply();
    const recordSet = await logAndApply(userId, record);
    proxy.inject({ ...summaryPut, fault: 'internal-server-error', times: Number.POSITIVE_INFINITY });
    await expect(recordSet.apply()).rejects.toThrow('Could not save lift progress');
    proxy.reset();
    const half = await store.readLiftProgress(userId, 'bench-press', {
      workoutId: workout.workoutId,
      workoutStartedAt: workout.startedAt,
    });
    // The stats hold the set, the summary (with the session's sets) does not: the stream retries the
    // record, and the lift's state is rebuilt from the set history, which has every set.
    expect(half.stored.snapshot).toMatchObject({
      bestSet: { id: setIdentity(recordSet.setKey) },
      session: { workingSets: 2 },
    });
    expect(half.stats.unreadable).toBe(true);
    expect(half.summary.value).toMatchObject({ workingSets: 1 });
    expect(half.summary.value?.newRecords.map((known) => known.id)).toEqual([setIdentity(firstSet.setKey)]);

    expect(await recordSet.apply()).toBe('applied');
    expect(await recordSet.apply()).toBe('already-applied');
    for (const set of rest) await (await logAndApply(userId, set)).apply();
    const retried = await progressOf(userId);
    const expected = await progressOf(clean);
    expect(retried.summary.applied).toHaveLength(4);
    expect(retried.summary.newRecords).toEqual([
      expect.objectContaining({ id: setIdentity(recordSet.setKey) }),
    ]);
    // Everything but the set identities (each lifter's own request ids) is what a clean run left.
    const scrub = (value: unknown) =>
      JSON.parse(
        JSON.stringify(value)
          .replace(/"(id|setKey)":"[^"]*"/g, '"$1":"-"')
          .replace(/"applied":\[[^\]]*\]/, '"applied":"-"'),
      );
    expect(scrub(retried)).toEqual(scrub(expected));
  });

  it('a set withdrawn while only its stats hold it (summary put lost) leaves the stats and the summary', async () => {
    const userId = newUserId();
    const [first, second] = benchSession();
    if (!first || !second) throw new Error('expected sets');
    await (await logAndApply(userId, first)).apply();
    const before = await progressOf(userId);
    const undone = await logAndApply(userId, second);
    proxy.inject({ ...summaryPut, fault: 'internal-server-error', times: Number.POSITIVE_INFINITY });
    await expect(undone.apply()).rejects.toThrow('Could not save lift progress');
    proxy.reset();

    const withdrawal = {
      withdraws: undone.setKey,
      requestId: `amzn1.echo-api.request.undo-${userId.slice(-8)}`,
      exerciseId: second.exerciseId,
      kind: second.kind,
      reps: second.reps,
      load: second.load,
      failed: second.failed,
      workoutId: second.workoutId,
      workoutStartedAt: second.workoutStartedAt,
      focus: second.focus,
      goal: second.goal,
      level: second.level,
      unit: second.unit,
      withdrawnAt: new Date(fixedNow.getTime() + 10 * minute).toISOString(),
    };
    const saved = await store.saveTurn(userId, { withdrawnSet: withdrawal });
    expect(saved.ok).toBe(true);
    const outcome = await applySetWithdrawal(store, {
      userId,
      withdrawalKey: withdrawalSortKey(undone.setKey),
      withdrawal,
    });
    expect(outcome).toBe('applied');
    // The stream's retry of the set itself now finds it accounted for.
    expect(await undone.apply()).toBe('already-applied');
    const after = await progressOf(userId);
    expect(after.stats).toMatchObject({
      bestSet: before.stats.bestSet,
      estimatedOneRepMax: before.stats.estimatedOneRepMax,
      progression: before.stats.progression,
    });
    expect(after.stats.session?.sets.map((set) => set.id)).toEqual(
      before.stats.session?.sets.map((set) => set.id),
    );
    expect(after.summary).toMatchObject({
      workingSets: 1,
      totalReps: first.reps,
      newRecords: before.summary.newRecords,
    });
  });
});
