import { beforeAll, describe, expect, it } from 'vitest';
import { liftCoachTable } from '../../infra/table-definition';
import { onlyResource, type SynthesizedLiftCoach, synthesizeLiftCoach } from './lift-coach-fixture';

let lift: SynthesizedLiftCoach;
let table: { id: string; properties: Record<string, unknown> };

beforeAll(() => {
  lift = synthesizeLiftCoach();
  table = onlyResource(lift.template, 'AWS::DynamoDB::GlobalTable');
});

describe('the table', () => {
  it('is the shared definition: string PK / SK, TTL attribute, stream of new images', () => {
    expect(table.properties).toMatchObject({
      KeySchema: [
        { AttributeName: liftCoachTable.partitionKey, KeyType: 'HASH' },
        { AttributeName: liftCoachTable.sortKey, KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: liftCoachTable.partitionKey, AttributeType: 'S' },
        { AttributeName: liftCoachTable.sortKey, AttributeType: 'S' },
      ],
      TimeToLiveSpecification: { AttributeName: liftCoachTable.timeToLiveAttribute, Enabled: true },
      StreamSpecification: { StreamViewType: liftCoachTable.streamView },
    });
    expect(liftCoachTable).toMatchObject({ partitionKey: 'PK', sortKey: 'SK', streamView: 'NEW_IMAGE' });
  });

  it('has no secondary index: every read is a Query on PK', () => {
    expect(table.properties.GlobalSecondaryIndexes).toBeUndefined();
    expect(table.properties.LocalSecondaryIndexes).toBeUndefined();
  });

  it('is billed on demand', () => {
    expect(table.properties.BillingMode).toBe('PAY_PER_REQUEST');
  });

  it('can be restored to any point of the last 35 days and cannot be deleted by accident', () => {
    const replicas = table.properties.Replicas as Record<string, unknown>[];
    expect(replicas.length).toBeGreaterThan(0);
    for (const replica of replicas) {
      expect(replica).toMatchObject({
        DeletionProtectionEnabled: true,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 35 },
      });
    }
  });

  it('outlives the stack: retained on delete and on replacement', () => {
    const resource = lift.template.toJSON().Resources[table.id];
    expect(resource).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  it('is encrypted at rest with the AWS owned key, so no KMS key is created or billed', () => {
    // SSEEnabled false is how DynamoDB spells "encrypted with the AWS owned key" (never unencrypted).
    expect(table.properties.SSESpecification).toEqual({ SSEEnabled: false });
    lift.template.resourceCountIs('AWS::KMS::Key', 0);
  });
});
