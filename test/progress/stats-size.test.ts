import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyLoggedSet } from '../../lambda/progress/apply-set';
import { exerciseCatalog } from '../../lambda/rules';
import {
  chartKeyPrefix,
  createStore,
  type LoggedSet,
  liftChartSchema,
  liftSnapshotSchema,
  recentSessionsKept,
  type Store,
  statsFormat,
  statsKeyPrefix,
  summaryKeyPrefix,
  userPartitionKey,
} from '../../lambda/store';
import { historySets } from '../../local/set-history';
import { fixedNow, newUserId } from '../store/fixtures';
import { useFreshTable } from '../support/dynamo';

const table = useFreshTable();
let store: Store;
beforeAll(() => {
  store = createStore({ documentClient: table.documentClient, tableName: table.name });
});

/** DynamoDB's item size: attribute names plus values (numbers about one byte per two digits). */
function itemBytes(value: unknown): number {
  if (value === null || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'number') return Math.ceil(String(Math.abs(value)).replace('.', '').length / 2) + 1;
  if (Array.isArray(value)) return 3 + value.reduce((total: number, item) => total + 1 + itemBytes(item), 0);
  return (
    3 +
    Object.entries(value as Record<string, unknown>).reduce(
      (total, [name, field]) => total + 1 + Buffer.byteLength(name) + itemBytes(field),
      0,
    )
  );
}

async function statsItems(userId: string): Promise<Record<string, unknown>[]> {
  const { Items = [] } = await table.documentClient.send(
    new QueryCommand({
      TableName: table.name,
      ConsistentRead: true,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :stats)',
      ExpressionAttributeValues: { ':pk': userPartitionKey(userId), ':stats': statsKeyPrefix },
    }),
  );
  return Items;
}

/** Logs the sets and folds each into progress, as the stream would hand them over. */
async function train(userId: string, sets: readonly Omit<LoggedSet, 'closesWorkout'>[]): Promise<void> {
  for (const set of sets) {
    const saved = await store.saveTurn(userId, { loggedSet: set });
    if (!saved.ok || !saved.setKey) throw new Error('logging failed');
    await applyLoggedSet(store, { userId, setKey: saved.setKey, set: { ...set, closesWorkout: false } });
  }
}

async function itemsUnder(userId: string, prefix: string): Promise<Record<string, unknown>[]> {
  const { Items = [] } = await table.documentClient.send(
    new QueryCommand({
      TableName: table.name,
      ConsistentRead: true,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': userPartitionKey(userId), ':prefix': prefix },
    }),
  );
  return Items;
}

const bytesOf = (items: Record<string, unknown>[]) =>
  items.reduce((total, item) => total + itemBytes(item), 0);

describe('STATS items stay small however long the history', () => {
  it("every lift's snapshot reads under about 400 bytes (9 KB for 23 lifts), and does not grow with more workouts", async () => {
    const userId = newUserId();
    // Twenty workouts of five lifts: every lift of the catalogue has trained both focuses by then
    // (ten were enough for 23); what follows only fills the charts, outside the turn's read.
    const first = { workouts: 20, setsPerWorkout: 20, firstWorkoutAt: new Date(fixedNow.getTime() - 9e9) };
    await train(userId, historySets(first));
    const afterFirst = await statsItems(userId);
    expect(afterFirst).toHaveLength(exerciseCatalog.length);

    const more = historySets({ ...first, workouts: 40, firstWorkoutAt: new Date(fixedNow.getTime() - 5e9) });
    await train(userId, more);
    const afterMore = await statsItems(userId);
    for (const item of afterMore) {
      expect(item.f).toBe(statsFormat);
      const stats = liftSnapshotSchema.parse(item);
      expect(stats.exerciseId).toBe(String(item.SK).slice(statsKeyPrefix.length));
      // The session's sets and the chart live elsewhere: the snapshot counts and points.
      expect(item).not.toHaveProperty('rc');
      expect(stats.session?.workingSets).toBeGreaterThan(0);
    }
    // About 370 bytes a lift, keys included: 35 lifts are about 13 KB (4 read units with the profile and
    // the workout), where the chart and the session's sets in the item made it about 40 KB.
    expect(bytesOf(afterMore)).toBeLessThan(400 * exerciseCatalog.length);
    expect(Math.abs(bytesOf(afterMore) - bytesOf(afterFirst))).toBeLessThan(bytesOf(afterFirst) * 0.05);

    // The charts have grown (about eight sessions a lift) and are bounded; each is one item, outside
    // the turn's read.
    const charts = await itemsUnder(userId, chartKeyPrefix);
    expect(charts).toHaveLength(exerciseCatalog.length);
    for (const item of charts) {
      expect(liftChartSchema.parse(item).chart.length).toBeLessThanOrEqual(recentSessionsKept);
    }
    expect(Math.max(...charts.map((item) => liftChartSchema.parse(item).chart.length))).toBeGreaterThan(6);
    expect(bytesOf(charts)).toBeLessThan(400 * exerciseCatalog.length);
    // A workout summary carries its lifts' sessions (twenty sets here) and stays within three write units.
    const summaries = await itemsUnder(userId, summaryKeyPrefix);
    expect(Math.max(...summaries.map(itemBytes))).toBeLessThan(3 * 1024);

    const turn = await store.loadUser(userId);
    expect(Object.keys(turn.stats)).toHaveLength(exerciseCatalog.length);
    expect(turn.charts).toEqual({});
    // A chart turn reaches the lift's chart in the same one read.
    const charted = await store.loadUser(userId, { chartsFrom: 'squat' });
    expect(charted.charts.squat?.length).toBeGreaterThan(5);
    expect(Object.keys(charted.stats)).toHaveLength(exerciseCatalog.length);
  }, 600_000);
});
