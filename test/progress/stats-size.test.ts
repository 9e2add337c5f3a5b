import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyLoggedSet } from '../../lambda/progress/apply-set';
import { exerciseCatalog } from '../../lambda/rules';
import {
  createStore,
  type LoggedSet,
  liftStatsSchema,
  recentSessionsKept,
  type Store,
  statsFormat,
  statsKeyPrefix,
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

describe('STATS items stay small however long the history', () => {
  it("every lift's stats read under about 890 bytes (20 KB for 23 lifts), and do not grow with more workouts", async () => {
    const userId = newUserId();
    // Twenty workouts of five lifts: every one of the 33 lifts has trained both focuses by then
    // (ten were enough for 23), so what follows may only grow the chart's bounded list.
    const first = { workouts: 20, setsPerWorkout: 20, firstWorkoutAt: new Date(fixedNow.getTime() - 9e9) };
    const sets = historySets(first);
    await train(userId, sets);
    const afterFirst = await statsItems(userId);
    expect(afterFirst).toHaveLength(exerciseCatalog.length);

    const more = historySets({ ...first, workouts: 10, firstWorkoutAt: new Date(fixedNow.getTime() - 5e9) });
    await train(userId, more);
    const afterMore = await statsItems(userId);
    const bytesAfterMore = afterMore.reduce((total, item) => total + itemBytes(item), 0);

    for (const item of afterMore) {
      expect(item.f).toBe(statsFormat);
      // What the skill reads is the whole logical item, rebuilt from the compact one.
      const stats = liftStatsSchema.parse(item);
      expect(stats.exerciseId).toBe(String(item.SK).slice(statsKeyPrefix.length));
      const decodedBytes = itemBytes({ ...stats, PK: item.PK, SK: item.SK });
      expect(itemBytes(item)).toBeLessThan(decodedBytes * 0.6);
    }
    // About 850 bytes a lift: the compact names, one progression state per focus ("both" alternates)
    // and the last 12 sessions the Echo Show's progress chart draws. The budget is per lift (20 KB
    // for the first 23 lifts, 5 read units); the 33 lifts of the catalog are about 7.
    expect(bytesAfterMore).toBeLessThan(((20 * 1024) / 23) * exerciseCatalog.length);
    // The chart's list fills up to its bound; everything else stays the size it was.
    const withoutChart = (items: Record<string, unknown>[]) =>
      items.reduce((total, { rc: _chart, ...item }) => total + itemBytes(item), 0);
    for (const item of afterMore) {
      expect(liftStatsSchema.parse(item).recent?.length ?? 0).toBeLessThanOrEqual(recentSessionsKept);
    }
    expect(Math.abs(withoutChart(afterMore) - withoutChart(afterFirst))).toBeLessThan(
      withoutChart(afterFirst) * 0.05,
    );
    // The turn still sees every lift's stats.
    expect(Object.keys((await store.loadUser(userId)).stats)).toHaveLength(exerciseCatalog.length);
  }, 600_000);
});
