import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createStore,
  type LoggedSet,
  legacySetKeyPrefix,
  loggedSetSchema,
  type NewLoggedSet,
  type Store,
  setKeyPrefix,
  userPartitionKey,
} from '../../lambda/store';
import { historySets } from '../../local/set-history';
import { moveSetItems } from '../../scripts/migrate/move-set-items';
import { fixedNow, newUserId } from '../store/fixtures';
import { useFreshTable } from '../support/dynamo';
import { useProgressPipeline } from './pipeline-support';

// A table written before the LOG# key: its sets are SET# items, put exactly as the store then put
// them (the logged set with `closesWorkout`, under `SET#<loggedAt>#<requestId>`).
const table = useFreshTable();
const pipeline = useProgressPipeline(table);
let store: Store;
beforeAll(() => {
  store = createStore({ documentClient: table.documentClient, tableName: table.name });
});

const history = {
  workouts: 6,
  setsPerWorkout: 20,
  firstWorkoutAt: new Date(fixedNow.getTime() - 30 * 24 * 3_600_000),
};

async function putOldShape(userId: string, sets: readonly NewLoggedSet[]): Promise<void> {
  for (const set of sets) {
    const item: LoggedSet = loggedSetSchema.parse({ ...set, closesWorkout: false });
    await table.documentClient.send(
      new PutCommand({
        TableName: table.name,
        Item: {
          ...item,
          PK: userPartitionKey(userId),
          SK: `${legacySetKeyPrefix}${set.loggedAt}#${set.requestId}`,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
  }
}

async function logCurrentShape(userId: string, sets: readonly NewLoggedSet[]): Promise<void> {
  for (const set of sets) {
    const saved = await store.saveTurn(userId, { loggedSet: set });
    if (!saved.ok) throw new Error('logging failed');
  }
}

async function itemsUnder(userId: string): Promise<Record<string, unknown>[]> {
  const { Items = [] } = await table.documentClient.send(
    new QueryCommand({
      TableName: table.name,
      ConsistentRead: true,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': userPartitionKey(userId) },
    }),
  );
  return Items;
}

const prefixed = (items: Record<string, unknown>[], prefix: string) =>
  items.filter((item) => String(item.SK).startsWith(prefix));

/**
 * Each lift's stats without version and update stamp: what the sets made of them. The record names
 * its set by identity, the same for the SET# item and the LOG# item it moved to.
 */
async function statsOf(userId: string) {
  const user = await store.loadUser(userId);
  return Object.fromEntries(
    Object.entries(user.stats).map(([id, stats]) => {
      const { version: _version, updatedAt: _updatedAt, ...rest } = stats;
      return [id, rest];
    }),
  );
}

describe('a table that still holds SET# items', () => {
  // The same sets (same request ids and times) for a lifter of the old shape and one of the new.
  const earlier = historySets(history);
  const later = historySets({ ...history, workouts: 2, firstWorkoutAt: new Date(fixedNow) });
  const oldLifter = newUserId();
  const newLifter = newUserId();

  it('keeps working: the progress Lambda folds SET# inserts exactly as LOG# ones, and new sets follow', async () => {
    await putOldShape(oldLifter, earlier);
    await logCurrentShape(newLifter, earlier);
    await pipeline.poller.drain(120_000);
    expect(await statsOf(oldLifter)).toEqual(await statsOf(newLifter));

    // After the deploy the same lifter logs LOG# sets on top of the SET# history.
    await logCurrentShape(oldLifter, later);
    await logCurrentShape(newLifter, later);
    await pipeline.poller.drain(120_000);
    const stats = await statsOf(oldLifter);
    expect(Object.keys(stats).length).toBeGreaterThan(5);
    expect(stats).toEqual(await statsOf(newLifter));
    expect(pipeline.poller.failedBatches).toEqual([]);

    // The recovery read sees both shapes, oldest first.
    const squats = await store.loadSetHistory(oldLifter, 'squat');
    const expected = [...earlier, ...later].filter((set) => set.exerciseId === 'squat');
    expect(squats.map(({ set }) => set.requestId)).toEqual(expected.map((set) => set.requestId));
    expect(squats.some(({ setKey }) => setKey.startsWith(legacySetKeyPrefix))).toBe(true);
    expect(squats.some(({ setKey }) => setKey.startsWith(setKeyPrefix))).toBe(true);
  }, 240_000);

  it('the migration moves every set, loses none, changes no stats and wakes no progress Lambda; resumable and idempotent', async () => {
    const statsBefore = await statsOf(oldLifter);
    const eventsBefore = pipeline.events.length;
    const sets = (items: Record<string, unknown>[]) =>
      [...prefixed(items, legacySetKeyPrefix), ...prefixed(items, setKeyPrefix)]
        .map((item) => loggedSetSchema.parse(item))
        .sort((a, b) => a.requestId.localeCompare(b.requestId));
    const setsBefore = sets(await itemsUnder(oldLifter));
    expect(setsBefore).toHaveLength(earlier.length + later.length);

    // Interrupted after 25 sets (as a crash or a paced run would stop it), then run again.
    const first = await moveSetItems({
      documentClient: table.documentClient,
      tableName: table.name,
      maxSets: 25,
    });
    expect(first).toMatchObject({ moved: 25, stoppedEarly: true });
    const rest = await moveSetItems({ documentClient: table.documentClient, tableName: table.name });
    expect(rest).toMatchObject({ moved: earlier.length - 25, stoppedEarly: false, tooRecent: 0 });
    const again = await moveSetItems({ documentClient: table.documentClient, tableName: table.name });
    expect(again).toMatchObject({ found: 0, moved: 0 });

    const items = await itemsUnder(oldLifter);
    expect(prefixed(items, legacySetKeyPrefix)).toEqual([]);
    expect(sets(items)).toEqual(setsBefore);
    await pipeline.poller.drain(60_000);
    expect(pipeline.events.length).toBe(eventsBefore);
    expect(await statsOf(oldLifter)).toEqual(statsBefore);
  }, 240_000);

  it('leaves sets younger than a day for a later run: their stream record may still be on its way', async () => {
    const userId = newUserId();
    const recent = historySets({ ...history, workouts: 1, firstWorkoutAt: new Date(Date.now() - 3_600_000) });
    await putOldShape(userId, recent);
    const result = await moveSetItems({ documentClient: table.documentClient, tableName: table.name });
    expect(result).toMatchObject({ found: recent.length, moved: 0, tooRecent: recent.length });
    await pipeline.poller.drain(60_000);
    const later = await moveSetItems({
      documentClient: table.documentClient,
      tableName: table.name,
      now: () => new Date(Date.now() + 25 * 3_600_000),
    });
    expect(later).toMatchObject({ moved: recent.length, tooRecent: 0 });
    expect(prefixed(await itemsUnder(userId), setKeyPrefix)).toHaveLength(recent.length);
  }, 120_000);

  it('"delete my data" removes sets of both shapes, stats and summaries alike', async () => {
    const userId = newUserId();
    await putOldShape(
      userId,
      earlier.slice(0, 30).map((set) => ({ ...set, requestId: `${set.requestId}-old` })),
    );
    await logCurrentShape(
      userId,
      later.slice(0, 20).map((set) => ({ ...set, requestId: `${set.requestId}-new` })),
    );
    await pipeline.poller.drain(120_000);
    const before = await itemsUnder(userId);
    expect(prefixed(before, legacySetKeyPrefix)).toHaveLength(30);
    expect(prefixed(before, setKeyPrefix)).toHaveLength(20);
    expect(prefixed(before, 'STATS#').length).toBeGreaterThan(0);
    await store.deleteUser(userId);
    expect(await itemsUnder(userId)).toEqual([]);
  }, 120_000);
});
