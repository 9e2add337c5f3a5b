import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createStore, type Store, setKeyPrefix, userPartitionKey } from '../../lambda/store';
import { useFreshTable } from '../support/dynamo';
import { benchSet, newUserId, newWorkout, strengthProfile } from './fixtures';

const table = useFreshTable();
let store: Store;

beforeAll(() => {
  store = createStore({ documentClient: table.documentClient, tableName: table.name });
});

async function storedSetCount(userId: string): Promise<number> {
  const { Items } = await table.documentClient.send(
    new QueryCommand({
      TableName: table.name,
      ConsistentRead: true,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :set)',
      ExpressionAttributeValues: { ':pk': userPartitionKey(userId), ':set': setKeyPrefix },
    }),
  );
  return Items?.length ?? 0;
}

describe('optimistic locking', () => {
  it('two turns at once: one wins, the other hears "conflict" and nothing of it is stored', async () => {
    const userId = newUserId();
    await store.saveTurn(userId, { activeWorkout: newWorkout() });
    const [first, second] = await Promise.all([store.loadUser(userId), store.loadUser(userId)]);
    const workoutA = first.activeWorkout;
    const workoutB = second.activeWorkout;
    if (!workoutA || !workoutB) throw new Error('no workout');
    const results = await Promise.all([
      store.saveTurn(userId, {
        activeWorkout: { ...workoutA, restTimerId: 'timer-a' },
        loggedSet: benchSet(workoutA, { reps: 5 }),
      }),
      store.saveTurn(userId, {
        activeWorkout: { ...workoutB, restTimerId: 'timer-b' },
        loggedSet: benchSet(workoutB, { reps: 7 }),
      }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([
      { ok: false, reason: 'conflict', item: 'activeWorkout' },
    ]);
    // The loser's set went nowhere: its transaction was all or nothing.
    expect(await storedSetCount(userId)).toBe(1);
    const winner = results[0]?.ok ? 'timer-a' : 'timer-b';
    expect((await store.loadUser(userId)).activeWorkout?.restTimerId).toBe(winner);
  });

  it('the loser re-reads and re-applies: no update is lost', async () => {
    const userId = newUserId();
    await store.saveTurn(userId, { profile: strengthProfile() });
    const stale = (await store.loadUser(userId)).profile;
    const fresh = (await store.loadUser(userId)).profile;
    if (!stale || !fresh) throw new Error('no profile');
    expect((await store.saveTurn(userId, { profile: { ...fresh, timerConsent: 'granted' } })).ok).toBe(true);
    expect(await store.saveTurn(userId, { profile: { ...stale, level: 'advanced' } })).toEqual({
      ok: false,
      reason: 'conflict',
      item: 'profile',
    });
    const reread = (await store.loadUser(userId)).profile;
    if (!reread) throw new Error('no profile');
    expect((await store.saveTurn(userId, { profile: { ...reread, level: 'advanced' } })).ok).toBe(true);
    expect((await store.loadUser(userId)).profile).toMatchObject({
      timerConsent: 'granted',
      level: 'advanced',
      version: 3,
    });
  });

  it('two first turns creating the profile at once: one creates it, the other conflicts', async () => {
    const userId = newUserId();
    const results = await Promise.all([
      store.saveTurn(userId, { profile: { ...strengthProfile(), goal: 'strength' } }),
      store.saveTurn(userId, { profile: { ...strengthProfile(), goal: 'hypertrophy' } }),
    ]);
    expect(results.map((result) => result.ok).sort()).toEqual([false, true]);
  });
});

describe('idempotent set logging', () => {
  it('a request Alexa retries logs its set once and the retry hears "already-logged"', async () => {
    const userId = newUserId();
    await store.saveTurn(userId, { activeWorkout: newWorkout() });
    const before = (await store.loadUser(userId)).activeWorkout;
    if (!before) throw new Error('no workout');
    const set = benchSet(before);
    const moved = { ...before, cursor: { ...before.cursor, setIndex: 1 } };
    expect((await store.saveTurn(userId, { activeWorkout: moved, loggedSet: set })).ok).toBe(true);

    // The retry runs the same turn again on what it reads now: same request id, same logged time.
    const after = (await store.loadUser(userId)).activeWorkout;
    if (!after) throw new Error('no workout');
    const retry = await store.saveTurn(userId, {
      activeWorkout: { ...after, cursor: { ...after.cursor, setIndex: 2 } },
      loggedSet: set,
    });
    expect(retry).toEqual({ ok: false, reason: 'already-logged', item: 'loggedSet' });
    expect(await storedSetCount(userId)).toBe(1);
    expect((await store.loadUser(userId)).activeWorkout?.cursor.setIndex).toBe(1);
  });

  it('a set logged on its own (one-shot, no workout) is also put only once', async () => {
    const userId = newUserId();
    const set = benchSet(newWorkout());
    expect((await store.saveTurn(userId, { loggedSet: set })).ok).toBe(true);
    expect(await store.saveTurn(userId, { loggedSet: set })).toEqual({
      ok: false,
      reason: 'already-logged',
      item: 'loggedSet',
    });
    expect(await storedSetCount(userId)).toBe(1);
  });
});
