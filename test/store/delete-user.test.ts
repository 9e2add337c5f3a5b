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

describe('deleting an account with recognised people', () => {
  async function household() {
    const account = newUserId();
    const people = [newUserId(), newUserId()];
    await store.saveTurn(account, { profile: strengthProfile() });
    for (const person of people) {
      counting.calls.length = 0;
      await store.saveTurn(person, { profile: strengthProfile(), linkToAccount: account });
      // The link rides in the person's first write: still one call.
      expect(counting.calls).toEqual(['TransactWriteItems']);
      await store.saveTurn(person, { loggedSet: benchSet(newWorkout()) });
    }
    return { account, people: people as [string, string] };
  }

  it('disabling the skill removes the account and every person linked to it, and nobody else', async () => {
    const { account, people } = await household();
    const neighbour = await userWithHistory(1);
    await store.deleteUser(account, { includeLinkedPeople: true });
    for (const userId of [account, ...people]) expect(await itemsUnder(userId)).toBe(0);
    expect(await itemsUnder(neighbour)).toBe(3);
  });

  it('a person deleting their data removes theirs and their link, not the household’s', async () => {
    const { account, people } = await household();
    await store.deleteUser(people[0], { accountId: account });
    expect(await itemsUnder(people[0])).toBe(0);
    expect(await itemsUnder(people[1])).toBe(2);
    // The account keeps its profile and the other person's link.
    expect(await itemsUnder(account)).toBe(2);
    await store.deleteUser(account, { includeLinkedPeople: true });
    expect(await itemsUnder(people[1])).toBe(0);
  });

  it('the account’s own "delete my data" keeps the links, so a later disable still finds everyone', async () => {
    const { account, people } = await household();
    await store.deleteUser(account);
    expect(await itemsUnder(account)).toBe(2);
    expect(await itemsUnder(people[0])).toBe(2);
    await store.deleteUser(account, { includeLinkedPeople: true });
    for (const userId of [account, ...people]) expect(await itemsUnder(userId)).toBe(0);
  });
});
