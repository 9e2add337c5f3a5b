import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { createStore, type Store } from '../store';
import { ProgressError } from './errors';
import { handleStreamRecord } from './record-handler';

// The DynamoDB Streams Lambda: inserted sets → lift stats, personal records, workout summaries and
// the next session's targets. Only wiring lives here.

const logger = new Logger({ serviceName: 'lift-coach-progress' });
const processor = new BatchProcessor(EventType.DynamoDBStreams);
let cached: { tableName: string; store: Store } | undefined;

function storeFor(tableName: string): Store {
  if (cached?.tableName !== tableName) {
    // A stalled call must fail its one record (reported alone, retried by the event source), not
    // wait out the SDK's 5-minute default and time the whole batch out.
    const documentClient = DynamoDBDocumentClient.from(
      new DynamoDBClient({
        maxAttempts: 3,
        requestHandler: { connectionTimeout: 1_000, requestTimeout: 3_000, throwOnRequestTimeout: true },
      }),
    );
    cached = { tableName, store: createStore({ documentClient, tableName, logger }) };
  }
  return cached.store;
}

export const handler = async (
  event: DynamoDBStreamEvent,
  context: Context,
): Promise<DynamoDBBatchResponse> => {
  const tableName = process.env.TABLE_NAME;
  if (!tableName) throw new ProgressError('TABLE_NAME is not set');
  const store = storeFor(tableName);
  // One at a time, in stream order: records of one user share a partition and would only race.
  return processPartialResponse(
    event,
    (record: DynamoDBRecord) => handleStreamRecord(store, logger, record),
    processor,
    {
      context,
      processInParallel: false,
      // A batch of only poison records is still reported record by record, never a thrown batch.
      throwOnFullBatchFailure: false,
    },
  );
};
