import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  InternalServerError,
  ProvisionedThroughputExceededException,
} from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { type FaultProxy, startFaultProxy } from '../../local/fault-proxy';
import { useFreshTable } from '../support/dynamo';

const table = useFreshTable();
let proxy: FaultProxy;
/** No SDK retries, so each call shows exactly what the wire did. */
let direct: DynamoDBDocumentClient;
let retrying: DynamoDBDocumentClient;
/** Gives up quickly: only for requests the proxy never answers (a busy machine must not fail the rest). */
let impatient: DynamoDBDocumentClient;
const impatienceMs = 300;

function documentClientVia(endpoint: string, maxAttempts: number, timeoutMs = 10_000) {
  return DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint,
      maxAttempts,
      // `requestTimeout` alone only warns in this SDK; the socket timeout is what ends a silent request.
      requestHandler: { requestTimeout: timeoutMs, throwOnRequestTimeout: true, socketTimeout: timeoutMs },
    }),
  );
}
const via = (fault: string) => (fault === 'timeout' ? impatient : direct);

beforeAll(async () => {
  proxy = await startFaultProxy(inject('dynamoEndpoint'));
  direct = documentClientVia(proxy.endpoint, 1);
  retrying = documentClientVia(proxy.endpoint, 3);
  impatient = documentClientVia(proxy.endpoint, 1, impatienceMs);
});
afterEach(() => proxy.reset());
afterAll(async () => {
  direct.destroy();
  retrying.destroy();
  impatient.destroy();
  await proxy.close();
});

const key = (id: string) => ({ PK: `USER#${id}`, SK: 'PROFILE' });
const put = (client: DynamoDBDocumentClient, id: string) =>
  client.send(new PutCommand({ TableName: table.name, Item: { ...key(id), goal: 'strength' } }));
const query = (client: DynamoDBDocumentClient, id: string) =>
  client.send(
    new QueryCommand({
      TableName: table.name,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': `USER#${id}` },
    }),
  );
/** Reads behind the proxy's back: what DynamoDB Local really holds. */
const stored = async (id: string) =>
  (
    await table.documentClient.send(
      new GetCommand({ TableName: table.name, Key: key(id), ConsistentRead: true }),
    )
  ).Item;

describe('the fault proxy in front of DynamoDB Local', () => {
  it('passes requests through untouched and records what it saw', async () => {
    await put(direct, 'pass');
    const { Items } = await query(direct, 'pass');
    expect(Items).toEqual([{ ...key('pass'), goal: 'strength' }]);
    expect(proxy.requests.map((r) => [r.operation, r.operationClass, r.tableName, r.fault])).toEqual([
      ['PutItem', 'write', table.name, undefined],
      ['Query', 'read', table.name, undefined],
    ]);
  });

  it.each([
    ['provisioned-throughput-exceeded', ProvisionedThroughputExceededException, 400],
    ['throttling', Error, 400],
    ['internal-server-error', InternalServerError, 500],
  ] as const)('answers a write with %s before DynamoDB sees it', async (fault, errorClass, status) => {
    proxy.inject({ fault, operationClass: 'write' });
    const failure = await put(direct, `before-${fault}`).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(errorClass);
    expect(failure).toMatchObject({ $metadata: { httpStatusCode: status } });
    if (fault === 'throttling') expect(failure).toMatchObject({ name: 'ThrottlingException' });
    expect(await stored(`before-${fault}`)).toBeUndefined();
    await put(direct, `before-${fault}`);
    expect(await stored(`before-${fault}`)).toBeDefined();
  });

  it.each([
    'provisioned-throughput-exceeded',
    'internal-server-error',
    'timeout',
    'dropped-connection',
  ] as const)('fails a read with %s', async (fault) => {
    await put(direct, `read-${fault}`);
    proxy.inject({ fault, operation: 'Query' });
    await expect(query(via(fault), `read-${fault}`)).rejects.toThrow();
    expect(proxy.requests.at(-1)).toMatchObject({ operation: 'Query', fault });
    expect((await query(direct, `read-${fault}`)).Items).toHaveLength(1);
  });

  it('lets a timed-out request hang until the caller gives up', async () => {
    proxy.inject({ fault: 'timeout', operationClass: 'write' });
    const started = Date.now();
    const failure = await put(impatient, 'timeout').catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'TimeoutError' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(impatienceMs - 50);
    expect(await stored('timeout')).toBeUndefined();
  });

  it('drops the connection without an answer', async () => {
    proxy.inject({ fault: 'dropped-connection', operationClass: 'write' });
    const failure = await put(direct, 'dropped').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(String((failure as Error).message)).toMatch(/socket hang up|ECONNRESET/);
    expect(await stored('dropped')).toBeUndefined();
  });

  it.each(['internal-server-error', 'timeout', 'dropped-connection'] as const)(
    'after forwarding, %s loses the answer of a write that DynamoDB applied',
    async (fault) => {
      proxy.inject({ fault, operationClass: 'write', moment: 'after-forwarding' });
      await expect(put(via(fault), `after-${fault}`)).rejects.toThrow();
      // An impatient caller may give up before the forwarded write lands; it lands all the same.
      await expect
        .poll(() => stored(`after-${fault}`), { timeout: 5_000 })
        .toEqual({
          ...key(`after-${fault}`),
          goal: 'strength',
        });
    },
  );

  it('selects by operation, table, predicate, skip and count', async () => {
    const onlyUpdates = proxy.inject({
      fault: 'internal-server-error',
      operation: 'UpdateItem',
      tableName: table.name,
      where: (request) => JSON.stringify(request.body).includes('USER#selected'),
      skip: 1,
      times: 2,
    });
    const update = () =>
      direct.send(
        new UpdateCommand({
          TableName: table.name,
          Key: key('selected'),
          UpdateExpression: 'ADD visits :one',
          ExpressionAttributeValues: { ':one': 1 },
        }),
      );
    await put(direct, 'selected');
    await update();
    await expect(update()).rejects.toBeInstanceOf(InternalServerError);
    await put(direct, 'unselected');
    await expect(update()).rejects.toBeInstanceOf(InternalServerError);
    expect(onlyUpdates.exhausted).toBe(true);
    await update();
    expect(onlyUpdates.injected).toBe(2);
    expect(await stored('selected')).toMatchObject({ visits: 2 });
  });

  it('is survived by the SDK’s own retries when the fault lasts fewer attempts than it makes', async () => {
    proxy.inject({ fault: 'throttling', operationClass: 'read', times: 2 });
    await put(retrying, 'retried');
    expect((await query(retrying, 'retried')).Items).toHaveLength(1);
    expect(proxy.requests.filter((r) => r.operation === 'Query').map((r) => r.fault)).toEqual([
      'throttling',
      'throttling',
      undefined,
    ]);
  });

  it('interleaves a real competing write, so a version condition loses the race for real', async () => {
    await table.documentClient.send(
      new PutCommand({ TableName: table.name, Item: { ...key('race'), version: 1 } }),
    );
    proxy.inject({
      fault: 'interleave',
      operationClass: 'write',
      action: async () => {
        await table.documentClient.send(
          new PutCommand({ TableName: table.name, Item: { ...key('race'), version: 2, by: 'other device' } }),
        );
      },
    });
    const failure = await direct
      .send(
        new PutCommand({
          TableName: table.name,
          Item: { ...key('race'), version: 2, by: 'this device' },
          ConditionExpression: 'version = :seen',
          ExpressionAttributeValues: { ':seen': 1 },
        }),
      )
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConditionalCheckFailedException);
    expect(await stored('race')).toMatchObject({ by: 'other device' });
  });

  it('finds the table of a transaction and of a batch, so a table rule reaches them', async () => {
    proxy.inject({ fault: 'internal-server-error', operation: 'TransactWriteItems', tableName: table.name });
    const transaction = new TransactWriteCommand({
      TransactItems: [{ Put: { TableName: table.name, Item: { ...key('transaction'), goal: 'both' } } }],
    });
    await expect(direct.send(transaction)).rejects.toBeInstanceOf(InternalServerError);
    expect(await stored('transaction')).toBeUndefined();
    await direct.send(
      new BatchWriteCommand({ RequestItems: { [table.name]: [{ PutRequest: { Item: key('batch') } }] } }),
    );
    expect(proxy.requests.map((r) => [r.operation, r.tableNames])).toEqual([
      ['TransactWriteItems', [table.name]],
      ['BatchWriteItem', [table.name]],
    ]);
  });

  it('refuses a rule that would affect nothing', () => {
    expect(() => proxy.inject({ fault: 'timeout', times: 0 })).toThrow(/at least one request/);
  });
});
