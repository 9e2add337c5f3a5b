import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore, type Store, userPartitionKey } from '../../lambda/store';
import { useFreshTable } from '../support/dynamo';
import { countingDocumentClient } from './counting-client';
import { benchSet, newUserId, newWorkout, strengthProfile } from './fixtures';

const table = useFreshTable();
const counting = countingDocumentClient();
let store: Store;

beforeAll(() => {
  store = createStore({ documentClient: counting.documentClient, tableName: table.name });
});
afterAll(() => counting.destroy());

async function itemsUnder(userId: string): Promise<number> {
  const { Items } = await table.documentClient.send(
    new QueryCommand({
      TableName: table.name,
      ConsistentRead: true,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': userPartitionKey(userId) },
    }),
  );
  return Items?.length ?? 0;
}

async function userWithHistory(sets: number): Promise<string> {
  const userId = newUserId();
  const workout = newWorkout();
  await store.saveTurn(userId, { profile: strengthProfile(), activeWorkout: workout });
  for (let index = 0; index < sets; index++) await store.saveTurn(userId, { loggedSet: benchSet(workout) });
  return userId;
}

describe('deleting a user', () => {
  it('removes every item under their key, 25 per batch, and nobody else’s', async () => {
    const userId = await userWithHistory(58);
    const neighbour = await userWithHistory(2);
    expect(await itemsUnder(userId)).toBe(60);
    counting.calls.length = 0;
    expect(await store.deleteUser(userId)).toEqual({ deletedItems: 60 });
    expect(await itemsUnder(userId)).toBe(0);
    expect(await itemsUnder(neighbour)).toBe(4);
    expect(counting.calls.filter((call) => call === 'BatchWriteItem')).toHaveLength(3);
  });

  it('retries deletes DynamoDB left unprocessed until none are left', async () => {
    const userId = await userWithHistory(30);
    // Unprocessed items come from throttling, which DynamoDB Local never does: fake that answer once.
    let throttled = false;
    const flaky = countingDocumentClient();
    flaky.documentClient.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'BatchWriteItemCommand' && !throttled) {
          throttled = true;
          const input = args.input as { RequestItems: Record<string, unknown[]> };
          const [tableName, requests] = Object.entries(input.RequestItems)[0] ?? ['', []];
          const result = await next({
            ...args,
            input: { RequestItems: { [tableName]: requests.slice(0, 5) } },
          });
          return {
            ...result,
            output: { ...result.output, UnprocessedItems: { [tableName]: requests.slice(5) } },
          };
        }
        return next(args);
      },
      { step: 'initialize', name: 'throttleOnce' },
    );
    const sleeps: number[] = [];
    const { deleteUser } = await import('../../lambda/store/delete-user');
    await deleteUser(
      {
        documentClient: flaky.documentClient,
        tableName: table.name,
        sleep: async (ms) => {
          sleeps.push(ms);
        },
      },
      userId,
    );
    flaky.destroy();
    expect(throttled).toBe(true);
    expect(sleeps.length).toBeGreaterThan(0);
    expect(await itemsUnder(userId)).toBe(0);
  });

  it('a user with nothing stored is a no-op', async () => {
    expect(await store.deleteUser(newUserId())).toEqual({ deletedItems: 0 });
  });
});
