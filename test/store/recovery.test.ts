import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  activeWorkoutSortKey,
  createStore,
  hashUserId,
  profileSortKey,
  type Store,
  StoreError,
  statsSortKey,
  userPartitionKey,
} from '../../lambda/store';
import { useFreshTable } from '../support/dynamo';
import { fixedNow, newUserId, newWorkout, strengthProfile } from './fixtures';

const table = useFreshTable();
const warnings: { message: string; attributes: Record<string, unknown> }[] = [];
let store: Store;

beforeAll(() => {
  store = createStore({
    documentClient: table.documentClient,
    tableName: table.name,
    now: () => fixedNow,
    logger: { warn: (message, attributes) => warnings.push({ message, attributes }) },
  });
});

async function putRaw(userId: string, SK: string, item: Record<string, unknown>) {
  await table.documentClient.send(
    new PutCommand({ TableName: table.name, Item: { ...item, PK: userPartitionKey(userId), SK } }),
  );
}

async function getRaw(userId: string, SK: string) {
  const { Item } = await table.documentClient.send(
    new GetCommand({
      TableName: table.name,
      Key: { PK: userPartitionKey(userId), SK },
      ConsistentRead: true,
    }),
  );
  return Item;
}

describe('corrupted items take the recovery path', () => {
  it('an unreadable active workout is reported as discarded and a fresh one replaces it', async () => {
    const userId = newUserId();
    await putRaw(userId, activeWorkoutSortKey, { ...newWorkout(), cursor: 'garbled', version: 4 });
    warnings.length = 0;
    const user = await store.loadUser(userId);
    expect(user.activeWorkout).toBeNull();
    expect(user.recovered.activeWorkoutDiscarded).toBe(true);
    expect(user.workoutVersion).toBe(4);
    expect(warnings).toEqual([
      {
        message: 'Unreadable active workout discarded',
        attributes: { user: hashUserId(userId), item: 'activeWorkout', fields: ['cursor'] },
      },
    ]);
    expect(JSON.stringify(warnings)).not.toContain(userId);

    const fresh = newWorkout(user.workoutVersion);
    expect(await store.saveTurn(userId, { activeWorkout: fresh })).toMatchObject({
      ok: true,
      workoutVersion: 5,
    });
    const reloaded = await store.loadUser(userId);
    expect(reloaded.activeWorkout?.workoutId).toBe(fresh.workoutId);
    expect(reloaded.recovered.activeWorkoutDiscarded).toBe(false);
  });

  it('an unreadable workout without any version can still be replaced, at version 0', async () => {
    const userId = newUserId();
    await putRaw(userId, activeWorkoutSortKey, { surprise: true, version: 'seven' });
    const user = await store.loadUser(userId);
    expect(user).toMatchObject({ activeWorkout: null, workoutVersion: 0 });
    expect((await store.saveTurn(userId, { activeWorkout: newWorkout(user.workoutVersion) })).ok).toBe(true);
  });

  it('a workout past its expiry is over even before TTL deletes it', async () => {
    const userId = newUserId();
    const expired = { ...newWorkout(), version: 2, expiresAt: Math.floor(fixedNow.getTime() / 1000) - 60 };
    await putRaw(userId, activeWorkoutSortKey, expired);
    const user = await store.loadUser(userId);
    expect(user).toMatchObject({ activeWorkout: null, workoutVersion: 2 });
    expect(user.recovered.activeWorkoutDiscarded).toBe(false);
  });

  it('a profile with broken fields keeps everything else, and is never deleted', async () => {
    const userId = newUserId();
    const profile = strengthProfile();
    await putRaw(userId, profileSortKey, {
      ...profile,
      level: 'legendary',
      statedMaxes: { ...profile.statedMaxes, squat: { oneRepMax: 'heavy' } },
      version: 3,
    });
    warnings.length = 0;
    const user = await store.loadUser(userId);
    expect(user.recovered.profileRepaired).toBe(true);
    expect(user.profile).toEqual({ ...profile, level: null, version: 3 });
    expect(warnings[0]?.attributes.fields).toEqual([
      'level',
      'statedMaxes.squat.oneRepMax',
      'statedMaxes.squat.weight',
      'statedMaxes.squat.reps',
      'statedMaxes.squat.statedAt',
    ]);
    expect(await getRaw(userId, profileSortKey)).toMatchObject({ level: 'legendary' });

    // The next save replaces the broken item, still under optimistic locking.
    const repaired = user.profile;
    if (!repaired) throw new Error('no profile');
    expect((await store.saveTurn(userId, { profile: { ...repaired, level: 'beginner' } })).ok).toBe(true);
    expect((await store.loadUser(userId)).profile).toMatchObject({ level: 'beginner', version: 4 });
  });

  it('unreadable stats are reported and left in place for the progress Lambda to rebuild', async () => {
    const userId = newUserId();
    await putRaw(userId, statsSortKey('squat'), { exerciseId: 'squat', estimatedOneRepMax: -5, version: 1 });
    const user = await store.loadUser(userId);
    expect(user.stats).toEqual({});
    expect(user.recovered.unreadableStats).toEqual(['squat']);
    expect(await getRaw(userId, statsSortKey('squat'))).toBeDefined();
  });
});

describe('real failures', () => {
  it('throw a StoreError carrying the cause, never a result', async () => {
    const missing = createStore({ documentClient: table.documentClient, tableName: 'no-such-table' });
    const error = await missing.loadUser(newUserId()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).name).toBe('StoreError');
    expect((error as StoreError).cause).toMatchObject({ name: 'ResourceNotFoundException' });
    await expect(missing.saveTurn(newUserId(), { profile: strengthProfile() })).rejects.toBeInstanceOf(
      StoreError,
    );
  });

  it('refuse to store an item the schema rejects', async () => {
    const broken = { ...strengthProfile(), goal: 'bulk' as never };
    await expect(store.saveTurn(newUserId(), { profile: broken })).rejects.toThrow(/invalid profile/);
  });
});
