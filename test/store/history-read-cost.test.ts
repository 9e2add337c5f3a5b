import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore, legacySetKeyPrefix, type Store, userPartitionKey } from '../../lambda/store';
import { type DynamoCallCounter, startDynamoCallCounter } from '../../local/dynamo-call-counter';
import { historySets, seedSetHistory } from '../../local/set-history';
import { useFreshTable } from '../support/dynamo';
import { fixedNow, newUserId, newWorkout, strengthProfile } from './fixtures';

// Capacity is read at the wire, as the bench reads it: a proxy in front of DynamoDB Local asks for
// ConsumedCapacity on every request and records what DynamoDB billed.
const table = useFreshTable();
let counter: DynamoCallCounter;
let countedClient: DynamoDBClient;
let store: Store;
beforeAll(async () => {
  counter = await startDynamoCallCounter({ upstream: String(process.env.AWS_ENDPOINT_URL_DYNAMODB) });
  countedClient = new DynamoDBClient({ endpoint: counter.endpoint });
  // The real clock: DynamoDB Local applies TTL, and a workout stamped a day after fixedNow is gone.
  store = createStore({ documentClient: DynamoDBDocumentClient.from(countedClient), tableName: table.name });
});
afterAll(async () => {
  countedClient.destroy();
  await counter.close();
});

/** A lifter mid-workout: profile and active workout, the items every turn needs. */
async function lifterWithWorkout(): Promise<string> {
  const userId = newUserId();
  const saved = await store.saveTurn(userId, { profile: strengthProfile(), activeWorkout: newWorkout() });
  if (!saved.ok) throw new Error('could not store the lifter');
  return userId;
}

/** Read units the turn's one read is billed, and how many requests it took. */
async function turnRead(userId: string): Promise<{ readUnits: number; requests: number }> {
  counter.reset();
  const user = await store.loadUser(userId);
  expect(user.profile?.goal).toBe('strength');
  expect(user.activeWorkout).not.toBeNull();
  const reads = counter.requests.filter((request) => request.kind === 'read');
  return {
    readUnits: reads.reduce((total, request) => total + request.readUnits, 0),
    requests: reads.length,
  };
}

const yearOfTraining = {
  workouts: 150,
  setsPerWorkout: 20,
  firstWorkoutAt: new Date(fixedNow.getTime() - 365 * 24 * 3_600_000),
  concurrency: 16,
};

describe("a turn's read does not grow with the set history", () => {
  it('a lifter with a year of logged sets (3,000) is billed what a new lifter is', async () => {
    const newLifter = await lifterWithWorkout();
    const longTimeLifter = await lifterWithWorkout();
    const seeded = await seedSetHistory(store, longTimeLifter, yearOfTraining);
    expect(seeded.sets).toBe(3000);

    const fresh = await turnRead(newLifter);
    const seasoned = await turnRead(longTimeLifter);
    expect(fresh).toEqual({ readUnits: 1, requests: 1 });
    expect(seasoned).toEqual(fresh);
    // Nothing of the history is lost: the recovery read finds every set of a lift.
    const squats = seededSquats();
    expect(await store.loadSetHistory(longTimeLifter, 'squat')).toHaveLength(squats);
  }, 240_000);

  it('sets of the old shape (SET#) still sit in the range and are billed: why the migration exists', async () => {
    const userId = await lifterWithWorkout();
    const sets = historySets({ ...yearOfTraining, workouts: 10 });
    for (const set of sets) {
      await table.documentClient.send(
        new PutCommand({
          TableName: table.name,
          Item: {
            ...set,
            closesWorkout: false,
            PK: userPartitionKey(userId),
            SK: `${legacySetKeyPrefix}${set.loggedAt}#${set.requestId}`,
          },
        }),
      );
    }
    const read = await turnRead(userId);
    expect(read.requests).toBe(1);
    expect(read.readUnits).toBeGreaterThan(10);
  }, 120_000);
});

function seededSquats(): number {
  return historySets(yearOfTraining).filter((set) => set.exerciseId === 'squat').length;
}
