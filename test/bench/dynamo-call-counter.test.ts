import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  classifyDynamoTarget,
  type DynamoCallCounter,
  DynamoRequestTracker,
  startDynamoCallCounter,
} from '../../local/dynamo-call-counter';
import { useFreshTable } from '../support/dynamo';

const table = useFreshTable();
let counter: DynamoCallCounter;
let tracker: DynamoRequestTracker;
let documentClient: DynamoDBDocumentClient;

beforeAll(async () => {
  counter = await startDynamoCallCounter({ upstream: String(process.env.AWS_ENDPOINT_URL_DYNAMODB) });
  tracker = new DynamoRequestTracker(counter.endpoint);
  documentClient = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: counter.endpoint }));
});

afterAll(async () => {
  tracker.close();
  documentClient.destroy();
  await counter.close();
});

describe('classifyDynamoTarget', () => {
  it.each([
    ['DynamoDB_20120810.Query', 'Query', 'read'],
    ['DynamoDB_20120810.GetItem', 'GetItem', 'read'],
    ['DynamoDB_20120810.TransactWriteItems', 'TransactWriteItems', 'write'],
    ['DynamoDB_20120810.UpdateItem', 'UpdateItem', 'write'],
    ['DynamoDBStreams_20120810.GetRecords', 'GetRecords', 'stream'],
    ['DynamoDB_20120810.CreateTable', 'CreateTable', 'control'],
    [undefined, 'unknown', 'control'],
  ])('%s → %s (%s)', (target, operation, kind) => {
    expect(classifyDynamoTarget(target)).toEqual({ operation, kind });
  });
});

describe('the DynamoDB call counter', () => {
  it('forwards requests and reports the capacity DynamoDB consumed, asking for it when the caller did not', async () => {
    counter.reset();
    const item = { PK: 'USER#counted', SK: 'PROFILE', note: 'x'.repeat(1500) };
    await documentClient.send(new PutCommand({ TableName: table.name, Item: item }));
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: table.name, Key: { PK: item.PK, SK: item.SK }, ConsistentRead: true }),
    );
    expect(Item).toEqual(item);

    expect(counter.requests.map(({ operation, kind }) => [operation, kind])).toEqual([
      ['PutItem', 'write'],
      ['GetItem', 'read'],
    ]);
    const [put, get] = counter.requests;
    // A 1.5 KB item costs two write units (1 KB each) and one strongly consistent read unit (4 KB).
    expect(put).toMatchObject({ writeUnits: 2, readUnits: 0, capacityAddedByCounter: true, status: 200 });
    expect(get).toMatchObject({ readUnits: 1, writeUnits: 0, capacityAddedByCounter: true });
    expect(get?.upstreamMs).toBeGreaterThan(0);
  });

  it('leaves a caller’s own ReturnConsumedCapacity alone', async () => {
    counter.reset();
    const result = await documentClient.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': 'USER#counted' },
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    expect(result.ConsumedCapacity?.CapacityUnits).toBe(0.5);
    expect(counter.requests).toMatchObject([
      { operation: 'Query', readUnits: 0.5, capacityAddedByCounter: false },
    ]);
  });

  it('attributes each request to the concurrent unit of work that sent it', async () => {
    counter.reset();
    const work = (user: string, writes: number) =>
      tracker.track(async () => {
        await documentClient.send(
          new QueryCommand({
            TableName: table.name,
            KeyConditionExpression: 'PK = :pk',
            ExpressionAttributeValues: { ':pk': user },
          }),
        );
        for (let index = 0; index < writes; index += 1) {
          await documentClient.send(
            new PutCommand({ TableName: table.name, Item: { PK: user, SK: `SET#${index}` } }),
          );
        }
        return user;
      });
    const results = await Promise.all([work('USER#a', 0), work('USER#b', 2), work('USER#c', 1)]);

    expect(results.map((result) => result.requests.map((request) => request.operation))).toEqual([
      ['Query'],
      ['Query', 'PutItem', 'PutItem'],
      ['Query', 'PutItem'],
    ]);
    const keys = results.flatMap((result) => result.requests.map((request) => request.key));
    expect(new Set(keys).size).toBe(6);
    // Every tracked request is one the counter forwarded, so capacity joins to the unit of work.
    expect(counter.requests.map((request) => request.key).sort()).toEqual([...keys].sort());
  });

  it('bills a read that finds nothing at the minimum DynamoDB charges, which DynamoDB Local reports as 0', async () => {
    counter.reset();
    await documentClient.send(
      new GetCommand({
        TableName: table.name,
        Key: { PK: 'USER#nobody', SK: 'PROFILE' },
        ConsistentRead: true,
      }),
    );
    await documentClient.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': 'USER#nobody' },
      }),
    );
    expect(counter.requests.map((request) => request.readUnits)).toEqual([1, 0.5]);
  });

  it('does not tag requests made outside tracked work', async () => {
    counter.reset();
    const outside = await tracker.track(async () => 'nothing sent');
    await documentClient.send(
      new GetCommand({ TableName: table.name, Key: { PK: 'USER#none', SK: 'PROFILE' } }),
    );
    expect(outside.requests).toEqual([]);
    expect(counter.requests).toHaveLength(1);
  });
});
