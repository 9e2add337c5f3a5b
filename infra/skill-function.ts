import { Duration } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Code, Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { requireBuiltBundle } from './bundles';
import { createFunctionBasics, sourceMapsEnvironment } from './lambda-defaults';
import { acknowledgeFindings } from './nag';
import { tableAccess } from './table-access';

/**
 * Memory of the skill function in MB, from `npm run bench` (2026-11-26): a fresh process that
 * imports the bundle and answers a LaunchRequest peaks at 70 MB RSS, and a turn takes about 25 ms
 * of a full core against DynamoDB Local. 256 MB would hold the memory; 512 MB is kept because Lambda
 * gives CPU in proportion to memory (1,769 MB is one vCPU, so 512 MB is about 0.3), and the cold start (128 ms of
 * import and first answer on a full core here) is what a lifter waits for after "Alexa, open lift
 * coach". The bench prices every workout at this figure, so a change shows in its cost line.
 */
export const SKILL_MEMORY_MB = 512;

/**
 * Alexa gives up after 8 s. A 7 s timeout ends a stuck turn while Alexa is still waiting, so it is
 * logged and counted as an error (the alarm sees it), and nothing is billed after nobody listens.
 */
export const SKILL_TIMEOUT = Duration.seconds(7);

/** Only Alexa may invoke the skill function, and only for this skill. */
export const alexaSkillsKitPrincipal = 'alexa-appkit.amazon.com';

export interface SkillFunctionProps {
  table: TableV2;
  skillId: string;
  bundleDirectory: string;
}

export class SkillFunction extends Construct {
  readonly function: LambdaFunction;

  constructor(scope: Construct, id: string, props: SkillFunctionProps) {
    super(scope, id);
    const basics = createFunctionBasics(this);
    this.function = new LambdaFunction(this, 'Function', {
      ...basics,
      description: 'Lift Coach: answers the Alexa skill requests',
      code: Code.fromAsset(requireBuiltBundle(props.bundleDirectory)),
      handler: 'index.handler',
      memorySize: SKILL_MEMORY_MB,
      timeout: SKILL_TIMEOUT,
      environment: {
        TABLE_NAME: props.table.tableName,
        SKILL_ID: props.skillId,
        ...sourceMapsEnvironment,
      },
    });
    props.table.grant(this.function, ...tableAccess.skill.actions);
    this.function.addPermission('AlexaSkillInvoke', {
      principal: new ServicePrincipal(alexaSkillsKitPrincipal),
      action: 'lambda:InvokeFunction',
      eventSourceToken: props.skillId,
    });

    acknowledgeFindings(this.function, [
      {
        id: 'Serverless-LambdaDLQ',
        reason:
          'Alexa invokes the skill synchronously and waits for the answer; there is no asynchronous event to park in a dead-letter queue.',
      },
      {
        id: 'Serverless-LambdaTracing',
        reason:
          'One function with one read and one write per turn: duration and error alarms plus structured logs cover it, and X-Ray would need a Resource "*" permission.',
      },
    ]);
  }
}
