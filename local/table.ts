import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { liftCoachTable } from '../infra/table-definition';

/**
 * Creates the Lift Coach table (keys, stream, TTL) from the stack's definition unless it exists.
 * Tests that run on dates fixed in the past turn TTL off: DynamoDB Local's expiry sweep would
 * otherwise delete their active workouts while they run.
 */
export async function ensureTable(
  client: DynamoDBClient,
  tableName: string,
  options: { timeToLive: boolean } = { timeToLive: true },
): Promise<void> {
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: liftCoachTable.partitionKey, AttributeType: 'S' },
          { AttributeName: liftCoachTable.sortKey, AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: liftCoachTable.partitionKey, KeyType: 'HASH' },
          { AttributeName: liftCoachTable.sortKey, KeyType: 'RANGE' },
        ],
        StreamSpecification: { StreamEnabled: true, StreamViewType: liftCoachTable.streamView },
      }),
    );
    if (!options.timeToLive) return;
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: liftCoachTable.timeToLiveAttribute, Enabled: true },
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
}

export async function describeTable(client: DynamoDBClient, tableName: string) {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  return Table;
}
