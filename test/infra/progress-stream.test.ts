import { beforeAll, describe, expect, it } from 'vitest';
import { loggedSetSortKeyPrefix } from '../../infra/progress-function';
import {
  logicalIdOf,
  onlyResource,
  type SynthesizedLiftCoach,
  synthesizeLiftCoach,
} from './lift-coach-fixture';

let lift: SynthesizedLiftCoach;
let mapping: Record<string, unknown>;
let queueId: string;

beforeAll(() => {
  lift = synthesizeLiftCoach();
  mapping = onlyResource(lift.template, 'AWS::Lambda::EventSourceMapping').properties;
  queueId = logicalIdOf(lift.stack, lift.stack.progress.failureQueue);
});

describe('the stream event source of the progress function', () => {
  it('reads the table stream into the progress function, from the oldest record kept', () => {
    expect(mapping).toMatchObject({
      EventSourceArn: { 'Fn::GetAtt': [logicalIdOf(lift.stack, lift.stack.table), 'StreamArn'] },
      FunctionName: { Ref: logicalIdOf(lift.stack, lift.stack.progress.function) },
      StartingPosition: 'TRIM_HORIZON',
    });
  });

  it('lets through only inserted sets: LOG# items but migrated copies, and SET# items of the old shape', () => {
    const filters = (mapping.FilterCriteria as { Filters: { Pattern: string }[] }).Filters;
    expect(filters.map((filter) => JSON.parse(filter.Pattern))).toEqual([
      {
        eventName: ['INSERT'],
        dynamodb: {
          Keys: { SK: { S: [{ prefix: 'LOG#' }] } },
          NewImage: { migratedAt: { S: [{ exists: false }] } },
        },
      },
      { eventName: ['INSERT'], dynamodb: { Keys: { SK: { S: [{ prefix: 'SET#' }] } } } },
    ]);
    expect(loggedSetSortKeyPrefix).toBe('LOG#');
  });

  it('bounds each batch, splits failing batches and reports single failed records', () => {
    expect(mapping).toMatchObject({
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    expect(mapping.BatchSize).toBeGreaterThanOrEqual(1);
    expect(mapping.BatchSize).toBeLessThanOrEqual(100);
    expect(mapping.MaximumBatchingWindowInSeconds).toBeLessThanOrEqual(5);
  });

  it('gives up on a record after a bounded number of retries or a bounded age (never -1, infinite)', () => {
    expect(mapping.MaximumRetryAttempts).toBeGreaterThanOrEqual(1);
    expect(mapping.MaximumRetryAttempts).toBeLessThanOrEqual(10);
    expect(mapping.MaximumRecordAgeInSeconds).toBeGreaterThanOrEqual(60);
    expect(mapping.MaximumRecordAgeInSeconds).toBeLessThanOrEqual(86_400);
  });

  it('sends what it gives up on to the failure queue', () => {
    expect(mapping).toMatchObject({
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
    });
  });
});

describe('the failure queue', () => {
  it('is encrypted at rest and keeps records for the longest time SQS allows', () => {
    expect(lift.template.toJSON().Resources[queueId].Properties).toMatchObject({
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 14 * 24 * 3600,
    });
  });

  it('refuses requests that are not over TLS', () => {
    const policy = onlyResource(lift.template, 'AWS::SQS::QueuePolicy').properties;
    expect(policy).toMatchObject({
      Queues: [{ Ref: queueId }],
      PolicyDocument: {
        Statement: [
          {
            Effect: 'Deny',
            Action: 'sqs:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            Principal: { AWS: '*' },
          },
        ],
      },
    });
  });
});
