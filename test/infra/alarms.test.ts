import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { logicalIdOf, synthesizeLiftCoach, testSkillId } from './lift-coach-fixture';

type Alarm = { Properties: Record<string, unknown> };

function alarmsOf(template: ReturnType<typeof synthesizeLiftCoach>['template']): Alarm[] {
  return Object.values(template.findResources('AWS::CloudWatch::Alarm')) as Alarm[];
}

function alarmOn(alarms: Alarm[], metricName: string): Alarm['Properties'] {
  const found = alarms.filter((alarm) => alarm.Properties.MetricName === metricName);
  expect(found, `one alarm on ${metricName}`).toHaveLength(1);
  return (found[0] as Alarm).Properties;
}

describe('alarms', () => {
  const lift = synthesizeLiftCoach();
  const alarms = alarmsOf(lift.template);
  const skill = { Ref: logicalIdOf(lift.stack, lift.stack.skill.function) };
  const progress = { Ref: logicalIdOf(lift.stack, lift.stack.progress.function) };

  it('fire on any skill error', () => {
    expect(alarmOn(alarms, 'Errors')).toMatchObject({
      Namespace: 'AWS/Lambda',
      Dimensions: [{ Name: 'FunctionName', Value: skill }],
      Statistic: 'Sum',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('fire when the slowest skill turns (p99) come within a second of the 7 s timeout', () => {
    expect(alarmOn(alarms, 'Duration')).toMatchObject({
      Dimensions: [{ Name: 'FunctionName', Value: skill }],
      ExtendedStatistic: 'p99',
      Threshold: 6000,
      ComparisonOperator: 'GreaterThanThreshold',
    });
  });

  it('fire as soon as a record lands in the failure queue', () => {
    expect(alarmOn(alarms, 'ApproximateNumberOfMessagesVisible')).toMatchObject({
      Namespace: 'AWS/SQS',
      Dimensions: [
        {
          Name: 'QueueName',
          Value: { 'Fn::GetAtt': [logicalIdOf(lift.stack, lift.stack.progress.failureQueue), 'QueueName'] },
        },
      ],
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('fire when the progress function falls minutes behind the stream', () => {
    const iteratorAge = alarmOn(alarms, 'IteratorAge');
    expect(iteratorAge).toMatchObject({
      Dimensions: [{ Name: 'FunctionName', Value: progress }],
      Statistic: 'Maximum',
      ComparisonOperator: 'GreaterThanThreshold',
    });
    expect(iteratorAge.Threshold).toBeGreaterThanOrEqual(60_000);
    expect(iteratorAge.Threshold).toBeLessThanOrEqual(3_600_000);
  });

  it('do not page on silence: no traffic is not an incident', () => {
    for (const alarm of alarms) expect(alarm.Properties.TreatMissingData).toBe('notBreaching');
  });

  it('notify nobody and create no topic without an alarm e-mail', () => {
    lift.template.resourceCountIs('AWS::SNS::Topic', 0);
    for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toBeUndefined();
  });
});

describe('alarm e-mail', () => {
  const lift = synthesizeLiftCoach({ skillId: testSkillId, alarmEmail: 'coach@example.com' });

  it('subscribes the address to a topic that every alarm and recovery notifies', () => {
    const topicId = logicalIdOf(lift.stack, lift.stack.alarms.topic as never);
    lift.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'coach@example.com',
      TopicArn: { Ref: topicId },
    });
    const alarms = alarmsOf(lift.template);
    expect(alarms).toHaveLength(4);
    for (const alarm of alarms) {
      expect(alarm.Properties).toMatchObject({
        AlarmActions: [{ Ref: topicId }],
        OKActions: [{ Ref: topicId }],
      });
    }
  });

  it('only accepts publishing over TLS', () => {
    lift.template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });
});
