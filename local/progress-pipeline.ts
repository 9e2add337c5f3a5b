import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { loadBundleHandler } from './skill-runtime';
import { createStreamPoller, type StreamCheckpoints } from './stream-poller';

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

/**
 * `checkpointFile` keeps the stream position between runs (as the stack's event source mapping
 * does): without it a restarted console replays every set the stream still holds.
 */
export async function startProgressPipeline(
  client: DynamoDBClient,
  tableName: string,
  checkpointFile?: string,
): Promise<ProgressPipeline> {
  const handler = await loadBundleHandler<DynamoDBStreamEvent, DynamoDBBatchResponse | undefined>('progress');
  const poller = createStreamPoller({
    tableName,
    dynamoClient: client,
    handler: (event: DynamoDBStreamEvent, context: Context) => handler(event, context),
    // The stack's choice for a new mapping; a restarted console resumes from its checkpoints.
    startingPosition: 'TRIM_HORIZON',
    ...(checkpointFile ? { checkpoints: fileCheckpoints(checkpointFile) } : {}),
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

/** Checkpoints in a JSON file: `{ "<stream arn>": { "<shard id>": "<sequence number>" } }`. */
export function fileCheckpoints(path: string): StreamCheckpoints {
  const read = (): Record<string, Record<string, string>> => {
    if (!existsSync(path)) return {};
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, string>>;
    } catch {
      return {}; // an unreadable file only costs a replay, which the progress Lambda ignores
    }
  };
  return {
    load: (streamArn) => read()[streamArn] ?? {},
    save(streamArn, shardId, sequenceNumber) {
      const all = read();
      all[streamArn] = { ...all[streamArn], [shardId]: sequenceNumber };
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, `${JSON.stringify(all, null, 2)}\n`);
    },
  };
}
