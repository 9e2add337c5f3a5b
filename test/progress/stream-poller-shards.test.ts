import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  type _Record,
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import { describe, expect, it } from 'vitest';
import { createStreamPoller } from '../../local/stream-poller';

// DynamoDB Local rolls its shards over on its own schedule, so shard splits and expired iterators
// cannot be produced on demand: these tests script the Streams API for exactly those cases.

interface ScriptedShard {
  shardId: string;
  parentShardId?: string;
  closed: boolean;
  records: _Record[];
}

const streamArn = 'arn:aws:dynamodb:us-east-1:000000000000:table/t/stream/2026-11-26T00:00:00.000';

function setRecord(sequenceNumber: string): _Record {
  return {
    eventID: `event-${sequenceNumber}`,
    eventName: 'INSERT',
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'us-east-1',
    dynamodb: {
      ApproximateCreationDateTime: new Date('2026-11-26T07:30:00Z'),
      Keys: { PK: { S: 'USER#u' }, SK: { S: `LOG#2026-11-26T07:30:00.000Z#${sequenceNumber}` } },
      NewImage: { PK: { S: 'USER#u' }, SK: { S: `LOG#2026-11-26T07:30:00.000Z#${sequenceNumber}` } },
      SequenceNumber: sequenceNumber,
      SizeBytes: 100,
      StreamViewType: 'NEW_IMAGE',
    },
  };
}

function scriptedStream(shards: ScriptedShard[], options: { expireOnce?: string } = {}) {
  let expired = false;
  const send = async (command: unknown) => {
    if (command instanceof DescribeStreamCommand) {
      return {
        StreamDescription: {
          StreamArn: streamArn,
          Shards: shards.map((shard) => ({
            ShardId: shard.shardId,
            ParentShardId: shard.parentShardId,
            SequenceNumberRange: {
              StartingSequenceNumber: shard.records[0]?.dynamodb?.SequenceNumber ?? '0',
              EndingSequenceNumber: shard.closed ? shard.records.at(-1)?.dynamodb?.SequenceNumber : undefined,
            },
          })),
        },
      };
    }
    if (command instanceof GetShardIteratorCommand) {
      const { ShardId, ShardIteratorType, SequenceNumber } = command.input;
      const shard = shards.find((candidate) => candidate.shardId === ShardId);
      const after =
        shard?.records.findIndex((record) => record.dynamodb?.SequenceNumber === SequenceNumber) ?? -1;
      const position = ShardIteratorType === 'AFTER_SEQUENCE_NUMBER' ? after + 1 : 0;
      return { ShardIterator: `${ShardId}|${position}` };
    }
    if (command instanceof GetRecordsCommand) {
      const [shardId, at] = (command.input.ShardIterator ?? '').split('|');
      if (shardId === options.expireOnce && !expired && Number(at) > 0) {
        expired = true;
        throw new ExpiredIteratorException({ message: 'Iterator expired', $metadata: {} });
      }
      const shard = shards.find((candidate) => candidate.shardId === shardId);
      const start = Number(at);
      const records = shard?.records.slice(start, start + (command.input.Limit ?? 1000)) ?? [];
      const end = start + records.length;
      const done = shard?.closed && end >= (shard?.records.length ?? 0);
      return { Records: records, NextShardIterator: done ? undefined : `${shardId}|${end}` };
    }
    throw new Error('unexpected command');
  };
  const dynamoClient = { send: async () => ({ Table: { LatestStreamArn: streamArn } }) };
  return {
    streamsClient: { send, destroy: () => undefined } as unknown as DynamoDBStreamsClient,
    dynamoClient: dynamoClient as unknown as DynamoDBClient,
  };
}

describe('the stream poller follows shards like the event source mapping', () => {
  it('reads a parent shard to its end before its child, and finds shards that appear later', async () => {
    const shards: ScriptedShard[] = [
      { shardId: 'child', parentShardId: 'parent', closed: false, records: ['4', '5'].map(setRecord) },
      { shardId: 'parent', closed: true, records: ['1', '2', '3'].map(setRecord) },
    ];
    const handled: string[] = [];
    const poller = createStreamPoller({
      tableName: 't',
      batchSize: 2,
      idleDelayMs: 1,
      ...scriptedStream(shards),
      handler: async (event) => {
        handled.push(...event.Records.map((record) => record.dynamodb?.SequenceNumber ?? ''));
        expect(event.Records.every((record) => record.eventSourceARN === streamArn)).toBe(true);
        return { batchItemFailures: [] };
      },
    });
    await poller.start();
    await poller.drain();
    expect(handled).toEqual(['1', '2', '3', '4', '5']);

    // The child closes and a grandchild appears, as when DynamoDB rolls a shard over.
    const child = shards[0] as ScriptedShard;
    child.records.push(setRecord('6'));
    child.closed = true;
    shards.push({ shardId: 'grandchild', parentShardId: 'child', closed: false, records: [setRecord('7')] });
    await poller.drain();
    await poller.stop();
    expect(handled).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('resumes after an expired iterator from the last record read, losing and repeating nothing', async () => {
    const shards: ScriptedShard[] = [
      { shardId: 'only', closed: false, records: ['1', '2', '3', '4'].map(setRecord) },
    ];
    const handled: string[] = [];
    const poller = createStreamPoller({
      tableName: 't',
      batchSize: 2,
      idleDelayMs: 1,
      ...scriptedStream(shards, { expireOnce: 'only' }),
      handler: async (event) => {
        handled.push(...event.Records.map((record) => record.dynamodb?.SequenceNumber ?? ''));
        return { batchItemFailures: [] };
      },
    });
    await poller.start();
    await poller.drain();
    await poller.stop();
    expect(handled).toEqual(['1', '2', '3', '4']);
  });
});
