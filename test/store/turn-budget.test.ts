import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../../lambda/store';
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
beforeEach(() => {
  counting.calls.length = 0;
});
afterAll(() => counting.destroy());

/** A user with a profile, an active workout, stats and a long set history. */
async function seasonedUser(sets: number): Promise<{ userId: string; workoutVersion: number }> {
  const userId = newUserId();
  await store.saveTurn(userId, { profile: strengthProfile(), activeWorkout: newWorkout() });
  let workout = (await store.loadUser(userId)).activeWorkout;
  for (let index = 0; index < sets && workout; index++) {
    const moved = { ...workout, cursor: { ...workout.cursor, setIndex: index + 1 } };
    const saved = await store.saveTurn(userId, { activeWorkout: moved, loggedSet: benchSet(workout) });
    if (!saved.ok || saved.workoutVersion === null) throw new Error('seeding failed');
    workout = { ...moved, version: saved.workoutVersion };
  }
  return { userId, workoutVersion: workout?.version ?? 0 };
}

describe('a turn costs one read and one write call', () => {
  it('logging a set and moving the cursor: one Query, one TransactWriteItems', async () => {
    const { userId } = await seasonedUser(3);
    counting.calls.length = 0;
    const user = await store.loadUser(userId);
    const workout = user.activeWorkout;
    if (!workout) throw new Error('no workout');
    const result = await store.saveTurn(userId, {
      activeWorkout: { ...workout, cursor: { ...workout.cursor, phase: 'resting' } },
      loggedSet: benchSet(workout),
    });
    expect(result.ok).toBe(true);
    expect(counting.calls).toEqual(['Query', 'TransactWriteItems']);
  });

  it('changing one item: one Query, one conditional PutItem', async () => {
    const { userId } = await seasonedUser(1);
    counting.calls.length = 0;
    const user = await store.loadUser(userId);
    if (!user.profile) throw new Error('no profile');
    await store.saveTurn(userId, { profile: { ...user.profile, timerConsent: 'granted' } });
    expect(counting.calls).toEqual(['Query', 'PutItem']);
  });

  it('the one Query returns profile, workout and stats but none of the history it passes over', async () => {
    const { userId, workoutVersion } = await seasonedUser(12);
    counting.calls.length = 0;
    const user = await store.loadUser(userId);
    expect(counting.calls).toEqual(['Query']);
    expect(user.profile?.goal).toBe('strength');
    expect(user.activeWorkout?.version).toBe(workoutVersion);
    expect(user.activeWorkout?.cursor.setIndex).toBe(12);
  });

  it('a turn that changes nothing sends no write', async () => {
    await store.saveTurn(newUserId(), {});
    expect(counting.calls).toEqual([]);
  });
});
