import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, type NagPack, ServerlessChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';

/** The rule packs every synth of the app (and every infra test) runs. */
export function nagPacks(app: App): NagPack[] {
  return [new AwsSolutionsChecks(app, { verbose: true }), new ServerlessChecks(app, { verbose: true })];
}

/** With these registered, any unacknowledged finding stops `cdk synth` and `cdk deploy`. */
export function applyNagChecks(app: App): void {
  Validations.of(app).addPlugins(...nagPacks(app));
}

export interface NagAcknowledgment {
  /** The rule id, with the finding for rules that report several (`AwsSolutions-IAM5[Resource::*]`). */
  id: string;
  /** Why the finding does not apply here: specific to this resource, never "not needed". */
  reason: string;
}

/**
 * Acknowledges findings on a construct and everything under it. CDK's validation report names a
 * finding `<pack>::<rule>` (`Serverless::Serverless-LambdaDLQ`); the pack is the rule id's prefix.
 */
export function acknowledgeFindings(construct: IConstruct, acknowledgments: NagAcknowledgment[]): void {
  Validations.of(construct).acknowledge(
    ...acknowledgments.map(({ id, reason }) => ({ id: `${packOfRule(id)}::${id}`, reason })),
  );
}

function packOfRule(ruleId: string): string {
  const pack = ruleId.slice(0, ruleId.indexOf('-'));
  if (pack === '') {
    throw new Error(`A cdk-nag rule id starts with its pack name, like AwsSolutions-SQS3: ${ruleId}`);
  }
  return pack;
}
