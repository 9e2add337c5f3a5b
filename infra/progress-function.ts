import { Duration } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import {
  Code,
  FilterCriteria,
  FilterRule,
  Function as LambdaFunction,
  StartingPosition,
} from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { legacySetKeyPrefix, migratedSetAttribute, setKeyPrefix } from '../lambda/store/keys';
import { requireBuiltBundle } from './bundles';
import { createFunctionBasics, sourceMapsEnvironment } from './lambda-defaults';
import { acknowledgeFindings } from './nag';
import { tableAccess } from './table-access';

/** The logged-set items' sort key prefix, from the store that writes them, so the filter cannot drift. */
export const loggedSetSortKeyPrefix = setKeyPrefix;
/** Sets logged before the LOG# key (still in the stream at deploy time, or in a table not migrated). */
export const legacyLoggedSetSortKeyPrefix = legacySetKeyPrefix;

/**
 * How the stream reaches the progress function. A batch that keeps failing is split to find the
 * bad record, retried a few times, and after that (or once a record is a day old) its position is
 * sent to the failure queue so one poisoned set never stalls everyone's progress.
 */
export const progressStreamSettings = {
  batchSize: 25,
  maxBatchingWindow: Duration.seconds(1),
  retryAttempts: 5,
  maxRecordAge: Duration.hours(24),
} as const;

/** Lists the account's stream ARNs; it cannot be scoped to one stream. */
export const streamListingAction = 'dynamodb:ListStreams';

/** Two minutes for at most 25 sets: far above what the work needs, so only a hang times out. */
const progressTimeout = Duration.seconds(120);
/** 256 MB: a batch worker with no latency target; the bench reads this for its cost figure. */
export const PROGRESS_MEMORY_MB = 256;

export interface ProgressFunctionProps {
  table: TableV2;
  bundleDirectory: string;
}

export class ProgressFunction extends Construct {
  readonly function: LambdaFunction;
  readonly failureQueue: Queue;

  constructor(scope: Construct, id: string, props: ProgressFunctionProps) {
    super(scope, id);
    const basics = createFunctionBasics(this);
    this.function = new LambdaFunction(this, 'Function', {
      ...basics,
      description: 'Lift Coach: turns logged sets into estimated maxes, records and progression',
      code: Code.fromAsset(requireBuiltBundle(props.bundleDirectory)),
      handler: 'index.handler',
      memorySize: PROGRESS_MEMORY_MB,
      timeout: progressTimeout,
      environment: { TABLE_NAME: props.table.tableName, ...sourceMapsEnvironment },
    });
    props.table.grant(this.function, ...tableAccess.progress.actions);
    // The event source grants ListStreams on the stream ARN, which IAM ignores: the action has no
    // resource-level permissions. Lambda's stream polling is documented to need it, so it is
    // granted on "*", the only statement of either role that is not scoped to this stack.
    this.function.addToRolePolicy(new PolicyStatement({ actions: [streamListingAction], resources: ['*'] }));

    // The on-failure record holds the shard and sequence numbers of the failed batch, not the
    // items; SQS-managed encryption protects it at rest without a KMS key to pay for or grant.
    this.failureQueue = new Queue(this, 'FailureQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });

    this.function.addEventSource(
      new DynamoEventSource(props.table, {
        // The stream keeps 24 hours; starting at its beginning means sets logged before the mapping
        // existed are not lost, and replaying them changes nothing (progress is idempotent).
        startingPosition: StartingPosition.TRIM_HORIZON,
        ...progressStreamSettings,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.failureQueue),
        // Only new sets matter; profile and workout writes, and the progress function's own
        // STATS / DONE writes, never invoke it (and can never loop back into it). Neither do the
        // copies the migration makes of sets already applied (they carry `migratedAt`).
        filters: [
          FilterCriteria.filter({
            eventName: FilterRule.isEqual('INSERT'),
            dynamodb: {
              Keys: { SK: { S: FilterRule.beginsWith(loggedSetSortKeyPrefix) } },
              NewImage: { [migratedSetAttribute]: { S: FilterRule.notExists() } },
            },
          }),
          FilterCriteria.filter({
            eventName: FilterRule.isEqual('INSERT'),
            dynamodb: { Keys: { SK: { S: FilterRule.beginsWith(legacyLoggedSetSortKeyPrefix) } } },
          }),
        ],
      }),
    );

    acknowledgeFindings(this.failureQueue, [
      {
        id: 'AwsSolutions-SQS3',
        reason:
          'This queue is itself the on-failure destination of the stream mapping; a queue behind it would only move the same records.',
      },
      {
        id: 'Serverless-SQSRedrivePolicy',
        reason:
          'This queue is itself the on-failure destination of the stream mapping; nothing consumes it, an alarm watches it.',
      },
    ]);
    acknowledgeFindings(basics.role, [
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'The one "*" resource is dynamodb:ListStreams, which has no resource-level permissions; every other stream and item action is scoped to this table and its stream.',
      },
    ]);
    acknowledgeFindings(this.function, [
      {
        id: 'Serverless-LambdaDLQ',
        reason:
          "The function is invoked by a stream event source mapping, not asynchronously; its failures go to the mapping's on-failure queue.",
      },
      {
        id: 'Serverless-LambdaTracing',
        reason:
          'The iterator-age and failure-queue alarms plus structured logs cover this batch worker, and X-Ray would need a Resource "*" permission.',
      },
    ]);
  }
}
