import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, StreamViewType, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { liftCoachTable } from './table-definition';

/** PITR keeps 35 days: enough to notice a bad deploy that rewrote stats and roll the table back. */
const recoveryPeriodInDays = 35;

/**
 * The one table, from the shared definition the local stand-ins use too. A person's training
 * history is the product, so the table outlives the stack (retain + deletion protection) and
 * can be restored to any second of the last five weeks.
 */
export function createDataTable(scope: Construct): TableV2 {
  return new TableV2(scope, 'Table', {
    partitionKey: { name: liftCoachTable.partitionKey, type: AttributeType.STRING },
    sortKey: { name: liftCoachTable.sortKey, type: AttributeType.STRING },
    billing: Billing.onDemand(),
    timeToLiveAttribute: liftCoachTable.timeToLiveAttribute,
    dynamoStream: StreamViewType[liftCoachTable.streamView],
    pointInTimeRecoverySpecification: {
      pointInTimeRecoveryEnabled: true,
      recoveryPeriodInDays,
    },
    deletionProtection: true,
    removalPolicy: RemovalPolicy.RETAIN,
    // Encrypted at rest with the AWS owned key: it costs nothing, needs no key policy, and adds
    // no KMS call to any read, write or stream poll. A customer managed key would add a monthly
    // fee and KMS requests to every deployment for control (revoking access, cross-account use,
    // key-usage audit) that a personal workout log does not need.
    encryption: TableEncryptionV2.dynamoOwnedKey(),
  });
}
