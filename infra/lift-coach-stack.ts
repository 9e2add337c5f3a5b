import { RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, StreamViewType, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { liftCoachTable } from './table-definition';

export interface LiftCoachStackProps extends StackProps {
  skillId: string;
}

export class LiftCoachStack extends Stack {
  readonly table: TableV2;

  constructor(scope: Construct, id: string, props: LiftCoachStackProps) {
    super(scope, id, props);
    this.table = new TableV2(this, 'Table', {
      partitionKey: { name: liftCoachTable.partitionKey, type: AttributeType.STRING },
      sortKey: { name: liftCoachTable.sortKey, type: AttributeType.STRING },
      timeToLiveAttribute: liftCoachTable.timeToLiveAttribute,
      dynamoStream: StreamViewType[liftCoachTable.streamView],
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
