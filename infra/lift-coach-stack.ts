import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { LiftCoachAlarms } from './alarms';
import { type BundleDirectories, defaultBundleDirectories } from './bundles';
import { createDataTable } from './data-table';
import type { DeployContext } from './deploy-context';
import { ProgressFunction } from './progress-function';
import { SkillFunction } from './skill-function';

export interface LiftCoachStackProps extends StackProps, DeployContext {
  /** Where the built bundles are; the folders `npm run build` writes unless a test says otherwise. */
  bundleDirectories?: BundleDirectories;
}

/** Everything Lift Coach runs on in one AWS account: the table, both functions, the stream wiring, alarms. */
export class LiftCoachStack extends Stack {
  readonly table: TableV2;
  readonly skill: SkillFunction;
  readonly progress: ProgressFunction;
  readonly alarms: LiftCoachAlarms;

  constructor(scope: Construct, id: string, props: LiftCoachStackProps) {
    super(scope, id, {
      description: 'Lift Coach: an Alexa weight-training coach (skill function, progress function, table)',
      ...props,
    });
    const bundles = props.bundleDirectories ?? defaultBundleDirectories;
    this.table = createDataTable(this);
    this.skill = new SkillFunction(this, 'Skill', {
      table: this.table,
      skillId: props.skillId,
      bundleDirectory: bundles.skill,
    });
    this.progress = new ProgressFunction(this, 'Progress', {
      table: this.table,
      bundleDirectory: bundles.progress,
    });
    this.alarms = new LiftCoachAlarms(this, 'Alarms', {
      skillFunction: this.skill.function,
      progressFunction: this.progress.function,
      failureQueue: this.progress.failureQueue,
      ...(props.alarmEmail === undefined ? {} : { alarmEmail: props.alarmEmail }),
    });

    new CfnOutput(this, 'SkillFunctionArn', {
      description: 'The skill endpoint: npm run deploy writes it into build/skill-package/skill.json',
      value: this.skill.function.functionArn,
    });
    new CfnOutput(this, 'TableName', {
      description:
        'The table holding every profile, workout and logged set (retained when the stack is deleted)',
      value: this.table.tableName,
    });
  }
}
