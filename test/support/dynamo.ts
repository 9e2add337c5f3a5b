import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll } from 'vitest';
import { ensureTable } from '../../local/table';

export interface FreshTable {
  readonly name: string;
  readonly client: DynamoDBClient;
  readonly documentClient: DynamoDBDocumentClient;
}

/**
 * Gives the calling test file its own table, built from the stack's table definition, on the
 * run's DynamoDB Local, without TTL unless asked (see ensureTable). Read the fields inside tests or
 * hooks (they are set in `beforeAll`).
 */
export function useFreshTable(options: { timeToLive: boolean } = { timeToLive: false }): FreshTable {
  const table = {} as { name: string; client: DynamoDBClient; documentClient: DynamoDBDocumentClient };
  beforeAll(async () => {
    table.name = `lift-coach-test-${randomUUID().slice(0, 8)}`;
    table.client = new DynamoDBClient({});
    table.documentClient = DynamoDBDocumentClient.from(table.client, {
      marshallOptions: { removeUndefinedValues: true },
    });
    await ensureTable(table.client, table.name, options);
    process.env.TABLE_NAME = table.name;
  });
  afterAll(() => {
    table.client?.destroy();
  });
  return table;
}
