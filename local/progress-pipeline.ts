import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { loadBundleHandler } from './skill-runtime';
import { createStreamPoller } from './stream-poller';

/**
 * The event-driven half of the stack on one machine: new SET items on the table's stream reach the
 * built progress Lambda (`dist/progress/index.mjs`), which writes the STATS the next workout reads.
 */
export interface ProgressPipeline {
  /** Waits until every set written so far has been turned into stats (the console's next turn reads them). */
  settle(): Promise<void>;
  /** Batches the progress Lambda failed on since the last call. */
  takeFailures(): string[];
  stop(): Promise<void>;
}

export async function startProgressPipeline(
  client: DynamoDBClient,
  tableName: string,
): Promise<ProgressPipeline> {
  const handler = await loadBundleHandler<DynamoDBStreamEvent, DynamoDBBatchResponse | undefined>('progress');
  const poller = createStreamPoller({
    tableName,
    dynamoClient: client,
    handler: (event: DynamoDBStreamEvent, context: Context) => handler(event, context),
    // The stack's choice: a restarted console replays the stream, and the progress Lambda ignores repeats.
    startingPosition: 'TRIM_HORIZON',
  });
  await poller.start();
  let reported = 0;
  return {
    settle: () => poller.drain(15_000),
    takeFailures: () => {
      const fresh = poller.failedBatches.slice(reported);
      reported = poller.failedBatches.length;
      return fresh.map(
        (batch) => `progress Lambda gave up on ${batch.sequenceNumbers.length} set(s): ${batch.reason}`,
      );
    },
    stop: () => poller.stop(),
  };
}
