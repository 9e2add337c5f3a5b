import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultBundleDirectories } from '../../infra/bundles';
import { SKILL_MEMORY_MB } from '../../infra/skill-function';
import {
  logicalIdOf,
  type SynthesizedLiftCoach,
  synthesizeLiftCoach,
  testSkillId,
} from './lift-coach-fixture';

let lift: SynthesizedLiftCoach;
let skillId: string;
let progressId: string;

beforeAll(() => {
  lift = synthesizeLiftCoach();
  skillId = logicalIdOf(lift.stack, lift.stack.skill.function);
  progressId = logicalIdOf(lift.stack, lift.stack.progress.function);
});

function functionProperties(logicalId: string): Record<string, unknown> {
  const resource = lift.template.toJSON().Resources[logicalId];
  expect(resource?.Type).toBe('AWS::Lambda::Function');
  return resource.Properties;
}

describe('both functions', () => {
  it.each([
    ['skill', () => skillId],
    ['progress', () => progressId],
  ])('the %s function runs nodejs24.x on arm64 with source maps and logs kept a month', (_name, idOf) => {
    const properties = functionProperties(idOf());
    expect(properties).toMatchObject({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      Environment: { Variables: expect.objectContaining({ NODE_OPTIONS: '--enable-source-maps' }) },
    });
    const logGroupId = (properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
    expect(lift.template.toJSON().Resources[logGroupId]).toMatchObject({
      Type: 'AWS::Logs::LogGroup',
      Properties: { RetentionInDays: 30 },
    });
  });

  it.each([
    ['skill', () => skillId, defaultBundleDirectories.skill],
    ['progress', () => progressId, defaultBundleDirectories.progress],
  ])('the %s function ships exactly the bundle npm run build wrote', (_name, idOf, bundleDirectory) => {
    const code = functionProperties(idOf()).Code as { S3Key: string };
    const assetHash = code.S3Key.replace(/\.zip$/, '');
    const assembly = lift.app.synth();
    const staged = join(assembly.directory, `asset.${assetHash}`, 'index.mjs');
    expect(readFileSync(staged, 'utf8')).toBe(readFileSync(join(bundleDirectory, 'index.mjs'), 'utf8'));
  });

  it('both functions get the table name from the stack, not a hard-coded name', () => {
    const tableRef = { Ref: logicalIdOf(lift.stack, lift.stack.table) };
    for (const id of [skillId, progressId]) {
      expect(functionProperties(id)).toMatchObject({ Environment: { Variables: { TABLE_NAME: tableRef } } });
    }
  });
});

describe('the skill function', () => {
  it('answers within Alexa 8 s wait: a 7 s timeout', () => {
    expect(functionProperties(skillId).Timeout).toBe(7);
  });

  it('has the memory of the named constant', () => {
    expect(functionProperties(skillId).MemorySize).toBe(SKILL_MEMORY_MB);
  });

  it('knows its skill id, so requests from other skills can be refused', () => {
    expect(functionProperties(skillId)).toMatchObject({
      Environment: { Variables: { SKILL_ID: testSkillId } },
    });
  });

  it('may be invoked by Alexa only for this skill id, and by nobody else', () => {
    const permissions = lift.template.findResources('AWS::Lambda::Permission', {
      Properties: { FunctionName: { 'Fn::GetAtt': [skillId, 'Arn'] } },
    });
    expect(Object.values(permissions).map((permission) => permission.Properties)).toEqual([
      {
        Action: 'lambda:InvokeFunction',
        FunctionName: { 'Fn::GetAtt': [skillId, 'Arn'] },
        Principal: 'alexa-appkit.amazon.com',
        EventSourceToken: testSkillId,
      },
    ]);
  });

  it('has no function URL or other way in', () => {
    lift.template.resourceCountIs('AWS::Lambda::Url', 0);
    lift.template.resourcePropertiesCountIs(
      'AWS::Lambda::Permission',
      { Principal: Match.not('alexa-appkit.amazon.com') },
      0,
    );
  });
});

describe('outputs', () => {
  it('give the skill function ARN for skill.json and the table name', () => {
    lift.template.hasOutput('SkillFunctionArn', { Value: { 'Fn::GetAtt': [skillId, 'Arn'] } });
    lift.template.hasOutput('TableName', { Value: { Ref: logicalIdOf(lift.stack, lift.stack.table) } });
  });
});
