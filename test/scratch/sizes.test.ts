import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, it } from 'vitest';
import { applyLoggedSet } from '../../lambda/progress/apply-set';
import { createStore, type LoggedSet, type Store, userPartitionKey } from '../../lambda/store';
import { historySets } from '../../local/set-history';
import { fixedNow, newUserId, newWorkout, strengthProfile } from '../store/fixtures';
import { useFreshTable } from '../support/dynamo';

const table = useFreshTable();
let store: Store;
beforeAll(() => { store = createStore({ documentClient: table.documentClient, tableName: table.name }); });
function itemBytes(value: unknown): number {
  if (value === null || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'number') return Math.ceil(String(Math.abs(value)).replace('.', '').length / 2) + 1;
  if (Array.isArray(value)) return 3 + value.reduce((t: number, i) => t + 1 + itemBytes(i), 0);
  return 3 + Object.entries(value as Record<string, unknown>).reduce((t, [n, f]) => t + 1 + Buffer.byteLength(n) + itemBytes(f), 0);
}
it('sizes', async () => {
  const userId = newUserId();
  await store.saveTurn(userId, { profile: strengthProfile(), activeWorkout: newWorkout() });
  const sets = historySets({ workouts: 30, setsPerWorkout: 20, firstWorkoutAt: new Date(fixedNow.getTime() - 9e9) });
  for (const set of sets) {
    const saved = await store.saveTurn(userId, { loggedSet: set as Omit<LoggedSet,'closesWorkout'> });
    if (!saved.ok || !saved.setKey) throw new Error('x');
    await applyLoggedSet(store, { userId, setKey: saved.setKey, set: { ...set, closesWorkout: false } });
  }
  const { Items = [] } = await table.documentClient.send(new QueryCommand({ TableName: table.name, KeyConditionExpression: 'PK = :pk AND SK BETWEEN :a AND :b', ExpressionAttributeValues: { ':pk': userPartitionKey(userId), ':a': 'DONE#', ':b': 'WORKOUT#ACTIVE' } }));
  const byField: Record<string, number> = {};
  let n = 0;
  for (const item of Items) {
    const sk = String(item.SK);
    if (sk.startsWith('LOG#')) continue;
    if (sk.startsWith('STATS#')) { n++; for (const [k, v] of Object.entries(item)) byField[k] = (byField[k] ?? 0) + itemBytes(v) + k.length; if (n === 1) console.log(JSON.stringify(item)); }
    else if (sk.startsWith('DONE#')) { if (!byField.done) { console.log('DONE', itemBytes(item), JSON.stringify(item)); } byField.done = 1; }
    else console.log(sk, itemBytes(item));
  }
  console.log(n, JSON.stringify(byField));
}, 600_000);
