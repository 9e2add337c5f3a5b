import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type ShardIteratorType,
  type _Record as StreamsRecord,
} from '@aws-sdk/client-dynamodb-streams';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { isLoggedSetInsert } from '../lambda/progress/stream-filter';
import { localCredentials, localRegion } from './aws-local';

/**
 * Does locally what Lambda's event source mapping does in the cloud: reads the table's real stream
 * (DynamoDB Local), follows its shards (children after parents), filters records like the stack
 * (inserted set items), hands them to the handler in batches shaped as Lambda delivers them, and
 * retries what the handler reports in `batchItemFailures` a bounded number of times.
 */

export type StreamHandler = (
  event: DynamoDBStreamEvent,
  context: Context,
) => Promise<DynamoDBBatchResponse | undefined>;

export interface StreamPollerOptions {
  tableName: string;
  handler: StreamHandler;
  /** Defaults to a client for `AWS_ENDPOINT_URL_DYNAMODB_STREAMS` or `AWS_ENDPOINT_URL_DYNAMODB`. */
  streamsClient?: DynamoDBStreamsClient;
  /** Used once to find the table's stream; defaults like `streamsClient`. */
  dynamoClient?: DynamoDBClient;
  /** As the stack's mapping: 25. */
  batchSize?: number;
  /** Retries of a batch that still reports failures (the stack's `retryAttempts`: 5). */
  retryAttempts?: number;
  /** Pause between polls when the stream had nothing new. */
  idleDelayMs?: number;
  /** TRIM_HORIZON (the stack's choice) replays what the stream holds; LATEST starts from now. */
  startingPosition?: 'TRIM_HORIZON' | 'LATEST';
  filter?: (record: DynamoDBRecord) => boolean;
  /**
   * Where the poller left off, as Lambda's event source mapping remembers it: a restarted poller
   * resumes each known shard after its last handled record instead of replaying it.
   */
  checkpoints?: StreamCheckpoints;
}

/** The last handled sequence number per shard of one stream. */
export interface StreamCheckpoints {
  load(streamArn: string): Record<string, string>;
  save(streamArn: string, shardId: string, sequenceNumber: string): void;
}

/** A batch given up on after its retries: what the stack sends to its failure queue. */
export interface FailedBatch {
  shardId: string;
  sequenceNumbers: string[];
  reason: string;
}

export interface StreamPoller {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Resolves once every record written before the call has been handled (or given up on). */
  drain(timeoutMs?: number): Promise<void>;
  /** Batches given up on, oldest first. */
  readonly failedBatches: readonly FailedBatch[];
  /** How many handler invocations were made (retries included). */
  readonly invocations: number;
}

interface ShardState {
  shardId: string;
  parentShardId: string | undefined;
  iterator: string | undefined;
  lastSequenceNumber: string | undefined;
  finished: boolean;
}

function localClientConfig() {
  const endpoint = process.env.AWS_ENDPOINT_URL_DYNAMODB_STREAMS ?? process.env.AWS_ENDPOINT_URL_DYNAMODB;
  return { endpoint, region: process.env.AWS_REGION ?? localRegion, credentials: localCredentials };
}

export function createStreamPoller(options: StreamPollerOptions): StreamPoller {
  const streams = options.streamsClient ?? new DynamoDBStreamsClient(localClientConfig());
  const dynamo = options.dynamoClient ?? new DynamoDBClient(localClientConfig());
  const ownsClients = { streams: !options.streamsClient, dynamo: !options.dynamoClient };
  const batchSize = options.batchSize ?? 25;
  const retryAttempts = options.retryAttempts ?? 5;
  const idleDelayMs = options.idleDelayMs ?? 50;
  const filter = options.filter ?? isLoggedSetInsert;
  const shards = new Map<string, ShardState>();
  const failedBatches: FailedBatch[] = [];
  let streamArn = '';
  let running = false;
  let loop: Promise<void> | undefined;
  let round = 0;
  let lastQuietRound = -1;
  let loopError: unknown;
  let invocations = 0;
  let resumeAfter: Record<string, string> = {};

  async function discoverShards(initial: boolean): Promise<void> {
    let exclusiveStartShardId: string | undefined;
    do {
      const { StreamDescription } = await streams.send(
        new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: exclusiveStartShardId }),
      );
      for (const shard of StreamDescription?.Shards ?? []) {
        if (!shard.ShardId || shards.has(shard.ShardId)) continue;
        const open = !shard.SequenceNumberRange?.EndingSequenceNumber;
        // LATEST applies to the shards open at start; shards found later are read from their start.
        const latest = initial && open && options.startingPosition === 'LATEST';
        const checkpoint = resumeAfter[shard.ShardId];
        shards.set(shard.ShardId, {
          shardId: shard.ShardId,
          parentShardId: shard.ParentShardId,
          iterator: checkpoint
            ? await iteratorAfter(shard.ShardId, checkpoint)
            : await iteratorFor(shard.ShardId, latest ? 'LATEST' : 'TRIM_HORIZON'),
          lastSequenceNumber: checkpoint,
          finished: false,
        });
      }
      exclusiveStartShardId = StreamDescription?.LastEvaluatedShardId;
    } while (exclusiveStartShardId);
  }

  async function iteratorFor(shardId: string, type: ShardIteratorType, after?: string) {
    const { ShardIterator } = await streams.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: shardId,
        ShardIteratorType: type,
        SequenceNumber: after,
      }),
    );
    return ShardIterator;
  }

  /** After a checkpoint; from the shard's start when the stream no longer holds that record. */
  async function iteratorAfter(shardId: string, sequenceNumber: string) {
    try {
      return await iteratorFor(shardId, 'AFTER_SEQUENCE_NUMBER', sequenceNumber);
    } catch {
      return iteratorFor(shardId, 'TRIM_HORIZON');
    }
  }

  /** Children wait for their parent, so one item's records are always handled in order. */
  function readable(shard: ShardState): boolean {
    const parent = shard.parentShardId ? shards.get(shard.parentShardId) : undefined;
    return !shard.finished && (!parent || parent.finished);
  }

  async function pollShard(shard: ShardState): Promise<number> {
    if (!shard.iterator) {
      shard.finished = true;
      return 0;
    }
    let output: Awaited<ReturnType<typeof getRecords>>;
    try {
      output = await getRecords(shard.iterator);
    } catch (error) {
      if (!(error instanceof ExpiredIteratorException)) throw error;
      shard.iterator = shard.lastSequenceNumber
        ? await iteratorFor(shard.shardId, 'AFTER_SEQUENCE_NUMBER', shard.lastSequenceNumber)
        : await iteratorFor(shard.shardId, 'TRIM_HORIZON');
      return 1;
    }
    const records = output.Records ?? [];
    const wanted = records.map((record) => toLambdaRecord(record, streamArn)).filter(filter);
    if (wanted.length > 0) await deliver(shard.shardId, wanted);
    shard.lastSequenceNumber = records.at(-1)?.dynamodb?.SequenceNumber ?? shard.lastSequenceNumber;
    if (records.length > 0 && shard.lastSequenceNumber) {
      options.checkpoints?.save(streamArn, shard.shardId, shard.lastSequenceNumber);
    }
    shard.iterator = output.NextShardIterator;
    if (!shard.iterator) shard.finished = true;
    return records.length;
  }

  function getRecords(iterator: string) {
    return streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: batchSize }));
  }

  /**
   * Lambda's ReportBatchItemFailures: the batch resumes from the lowest failed record (later ones
   * come again; progress is idempotent), a bounded number of times. A batch given up on is recorded
   * with the records still failing, as bisecting the batch would narrow it down in the cloud.
   */
  async function deliver(shardId: string, batch: DynamoDBRecord[]): Promise<void> {
    let pending = batch;
    for (let attempt = 0; attempt <= retryAttempts; attempt++) {
      invocations++;
      let failing: DynamoDBRecord[];
      let reason: string;
      try {
        const response = await options.handler({ Records: pending }, lambdaContext());
        const failed = new Set((response?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier));
        failing = pending.filter((record) => failed.has(record.dynamodb?.SequenceNumber ?? ''));
        reason = 'records reported in batchItemFailures';
      } catch (error) {
        failing = pending;
        reason = `handler threw: ${error instanceof Error ? error.message : String(error)}`;
      }
      const first = failing[0];
      if (!first) return;
      if (attempt === retryAttempts) {
        const sequenceNumbers = failing.map((record) => record.dynamodb?.SequenceNumber ?? '');
        failedBatches.push({ shardId, sequenceNumbers, reason });
        return;
      }
      pending = pending.slice(pending.indexOf(first));
    }
  }

  async function run(): Promise<void> {
    while (running) {
      round++;
      const thisRound = round;
      try {
        await discoverShards(false);
        let seen = 0;
        for (const shard of [...shards.values()].filter(readable)) seen += await pollShard(shard);
        const blocked = [...shards.values()].some((shard) => !shard.finished && !readable(shard));
        if (seen === 0 && !blocked) lastQuietRound = thisRound;
        if (seen === 0) await sleep(idleDelayMs);
      } catch (error) {
        loopError = error;
        running = false;
      }
    }
  }

  return {
    get failedBatches() {
      return failedBatches;
    },
    get invocations() {
      return invocations;
    },
    async start() {
      if (running) return;
      const { Table } = await dynamo.send(new DescribeTableCommand({ TableName: options.tableName }));
      if (!Table?.LatestStreamArn) throw new Error(`Table ${options.tableName} has no stream`);
      streamArn = Table.LatestStreamArn;
      resumeAfter = options.checkpoints?.load(streamArn) ?? {};
      await discoverShards(true);
      running = true;
      loopError = undefined;
      loop = run();
    },
    async stop() {
      running = false;
      await loop;
      if (ownsClients.streams) streams.destroy();
      if (ownsClients.dynamo) dynamo.destroy();
    },
    async drain(timeoutMs = 10_000) {
      if (!running && !loopError) throw new Error('The stream poller is not running');
      // A quiet round that began after this call read every shard to its end.
      const after = round;
      const deadline = Date.now() + timeoutMs;
      while (lastQuietRound <= after) {
        if (loopError) throw new Error('The stream poller stopped', { cause: loopError });
        if (Date.now() > deadline) throw new Error(`The stream was not drained within ${timeoutMs} ms`);
        await sleep(5);
      }
    },
  };
}

/** A stream record as Lambda's event source mapping delivers it. */
export function toLambdaRecord(record: StreamsRecord, eventSourceARN: string): DynamoDBRecord {
  const change = record.dynamodb;
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: record.eventVersion,
    eventSource: 'aws:dynamodb',
    awsRegion: record.awsRegion ?? localRegion,
    eventSourceARN,
    dynamodb: {
      ApproximateCreationDateTime: change?.ApproximateCreationDateTime
        ? Math.floor(change.ApproximateCreationDateTime.getTime() / 1000)
        : undefined,
      Keys: change?.Keys as NonNullable<DynamoDBRecord['dynamodb']>['Keys'],
      NewImage: change?.NewImage as NonNullable<DynamoDBRecord['dynamodb']>['NewImage'],
      SequenceNumber: change?.SequenceNumber,
      SizeBytes: change?.SizeBytes,
      StreamViewType: change?.StreamViewType,
    },
  };
}

function lambdaContext(): Context {
  const deadline = Date.now() + 120_000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: 'lift-coach-progress-local',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:lift-coach-progress-local',
    memoryLimitInMB: '256',
    awsRequestId: crypto.randomUUID(),
    logGroupName: '/aws/lambda/lift-coach-progress-local',
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
