import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, type IAlarmAction, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledgeFindings } from './nag';
import { SKILL_TIMEOUT } from './skill-function';

const period = Duration.minutes(5);

/** p99 above 6 s of a 7 s timeout: a few more slow turns and users hear Alexa's error. */
export const skillDurationAlarmThreshold = SKILL_TIMEOUT.toMilliseconds() - 1000;

/** Progress is shown at the next workout; falling ten minutes behind means the function is stuck. */
export const iteratorAgeAlarmThreshold = Duration.minutes(10).toMilliseconds();

export interface LiftCoachAlarmsProps {
  skillFunction: LambdaFunction;
  progressFunction: LambdaFunction;
  failureQueue: Queue;
  /** When given, every alarm and its recovery is e-mailed here. */
  alarmEmail?: string;
}

export class LiftCoachAlarms extends Construct {
  readonly alarms: Alarm[];
  readonly topic?: Topic;

  constructor(scope: Construct, id: string, props: LiftCoachAlarmsProps) {
    super(scope, id);
    this.alarms = [
      new Alarm(this, 'SkillErrors', {
        alarmDescription: 'The skill function failed: a user heard an error instead of their coach.',
        metric: props.skillFunction.metricErrors({ period, statistic: 'Sum' }),
        threshold: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
      new Alarm(this, 'SkillDurationNearTimeout', {
        alarmDescription:
          "The slowest turns of the skill function come close to its timeout (and to Alexa's 8 s).",
        metric: props.skillFunction.metricDuration({ period, statistic: 'p99' }),
        threshold: skillDurationAlarmThreshold,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 3,
        datapointsToAlarm: 2,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
      new Alarm(this, 'ProgressFailures', {
        alarmDescription:
          'Logged sets the progress function gave up on: their stream positions are in the failure queue.',
        metric: props.failureQueue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' }),
        threshold: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
      new Alarm(this, 'ProgressStreamIteratorAge', {
        alarmDescription: 'The progress function is falling behind the table stream.',
        metric: props.progressFunction.metric('IteratorAge', { period, statistic: 'Maximum' }),
        threshold: iteratorAgeAlarmThreshold,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 2,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
    ];

    if (props.alarmEmail !== undefined) {
      // Not KMS-encrypted: notifications carry only alarm names and states, CloudWatch cannot
      // publish to a topic under the AWS managed SNS key, and a customer managed key would add a
      // monthly fee to every deployment.
      this.topic = new Topic(this, 'Topic', { displayName: 'Lift Coach alarms', enforceSSL: true });
      this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
      const notify: IAlarmAction = new SnsAction(this.topic);
      for (const alarm of this.alarms) {
        alarm.addAlarmAction(notify);
        alarm.addOkAction(notify);
      }
      acknowledgeFindings(this.topic, [
        {
          id: 'Serverless-SNSRedrivePolicy',
          reason:
            'An undelivered e-mail is an alarm notification whose state stays visible in CloudWatch; a dead-letter queue for it would need an alarm of its own.',
        },
      ]);
    }
  }
}
