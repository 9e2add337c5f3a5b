import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDeploy } from '../../scripts/deploy/deploy-run';
import { regionFit } from '../../scripts/deploy/regions';
import { cloneProject, defaultOptions, deploy, tools } from './project';
import { RecordedRunner } from './recorded-runner';
import { failures, functionArn, locales, tableName, world } from './world';

const checkCommands = [
  'aws sts get-caller-identity',
  'ask smapi get-vendor-list',
  'aws cloudformation describe-stacks',
];

describe('what the deploy checks before it changes anything', () => {
  it('says the AWS credentials are missing and how to set them up, and changes nothing', async () => {
    const root = cloneProject();
    const run = await deploy(root, world([[/^aws sts/, failures.noCredentials]]));

    expect(run.exitCode).toBe(1);
    expect(run.output).toContain(
      'No usable AWS credentials: run `aws configure` (or `aws sso login`), or pass --profile NAME.',
    );
    expect(run.output).toContain('Unable to locate credentials');
    // Without an account the bootstrap cannot be read; nothing is built, created or deployed.
    expect(run.runner.shape()).toEqual(['aws sts get-caller-identity', 'ask smapi get-vendor-list']);
    expect(existsSync(join(root, 'build'))).toBe(false);
  });

  it('names the profile whose credentials are missing', async () => {
    const run = await deploy(cloneProject(), world([[/^aws sts/, failures.unknownProfile]]), {
      profile: 'lift',
    });

    expect(run.output).toContain(
      'No usable AWS credentials for profile lift: run `aws configure --profile lift` (or `aws sso login --profile lift`)',
    );
    expect(run.output).toContain('The config profile (lift) could not be found');
  });

  it('says how to install the AWS CLI when it is not there', async () => {
    const run = await deploy(cloneProject(), world([[/^aws sts/, failures.awsMissing]]));

    expect(run.exitCode).toBe(1);
    expect(run.output).toContain('The AWS CLI is not installed: install version 2');
  });

  it('says the ASK CLI is not configured and the command that configures it', async () => {
    const run = await deploy(cloneProject(), world([[/get-vendor-list/, failures.askNotConfigured]]));

    expect(run.exitCode).toBe(1);
    expect(run.output).toContain(
      'The ASK CLI is not configured for profile default: run `npx ask configure` and sign in with your Amazon developer account',
    );
    expect(run.runner.shape()).toEqual(checkCommands);
  });

  it('names the ASK CLI profile to configure when it is not the default one', async () => {
    const run = await deploy(
      cloneProject(),
      world([
        [
          /get-vendor-list/,
          { exitCode: 1, stderr: `[Error]: Can't resolve profile [coach] as it doesn't exist.` },
        ],
      ]),
      { askProfile: 'coach' },
    );

    expect(run.output).toContain('run `npx ask configure --profile coach`');
  });

  it('lists every missing piece at once', async () => {
    const run = await deploy(
      cloneProject(),
      world([
        [/^aws sts/, failures.noCredentials],
        [/get-vendor-list/, failures.askNotConfigured],
      ]),
      { region: 'eu-central-1' },
    );

    const missing = run.output.split('\n').filter((line) => line.startsWith('  - '));
    expect(missing).toHaveLength(3);
    expect(missing[0]).toContain('Alexa cannot call a Lambda function in eu-central-1');
    expect(missing[1]).toContain('No usable AWS credentials');
    expect(missing[2]).toContain('The ASK CLI is not configured');
  });

  it('refuses a region whose functions Alexa cannot call, and names the regions that fit each locale', async () => {
    const run = await deploy(cloneProject(), world(), { region: 'eu-central-1' });

    expect(run.exitCode).toBe(1);
    expect(run.output).toContain(
      'Alexa cannot call a Lambda function in eu-central-1: the Alexa Skills Kit trigger exists only in us-east-1, eu-west-1, us-west-2, ap-northeast-1.',
    );
    expect(run.output).toContain(
      'us-east-1 for en-US and en-CA; eu-west-1 for en-GB and en-IN; us-west-2 for en-AU',
    );
    expect(run.runner.shape()).toEqual(checkCommands);
  });

  it('deploys to a region that fits some locales and explains the others are served from afar', async () => {
    const irelandArn = functionArn.replace('us-east-1', 'eu-west-1');
    const outputs = JSON.stringify({ LiftCoach: { SkillFunctionArn: irelandArn, TableName: tableName } });
    const run = await deploy(
      cloneProject(),
      world([[/cdk deploy/, { writes: { 'cdk.out/outputs.json': outputs } }]]),
      {
        region: 'eu-west-1',
      },
    );

    expect(run.exitCode).toBe(0);
    expect(run.runner.lines().find((line) => line.includes('cdk deploy'))).toMatch(
      /^AWS_REGION=eu-west-1 AWS_DEFAULT_REGION=eu-west-1 cdk deploy/,
    );
    expect(run.output).toContain(`skill function ${irelandArn}`);
    expect(run.output).toContain(
      'eu-west-1 is where Alexa serves en-GB, en-IN from; en-US, en-AU, en-CA reach it',
    );
  });

  it('stops when the stack reports a function in another region than the one deployed to', async () => {
    const run = await deploy(cloneProject(), world(), { region: 'us-west-2' });

    expect(run.exitCode).toBe(1);
    expect(run.output).toContain('has no SkillFunctionArn of a function in us-west-2');
    expect(run.runner.shape()).not.toContain('ask deploy');
  });

  it('stops on a Node.js older than the one the project needs', async () => {
    const root = cloneProject();
    const runner = new RecordedRunner(root, world());
    const said: string[] = [];
    const exitCode = await runDeploy(defaultOptions, {
      ...tools(root, runner, said),
      nodeVersion: '18.20.4',
    });

    expect(exitCode).toBe(1);
    expect(said.join('\n')).toContain('Node.js 18.20.4 is too old: install Node.js 20.19 or newer.');
  });

  it('stops on a CDK bootstrap stack that a failed bootstrap left behind', async () => {
    const run = await deploy(
      cloneProject(),
      world([[/describe-stacks --stack-name CDKToolkit/, { stdout: 'ROLLBACK_COMPLETE\n' }]]),
    );

    expect(run.exitCode).toBe(1);
    expect(run.output).toContain('The CDK bootstrap stack CDKToolkit in us-east-1 is ROLLBACK_COMPLETE');
  });
});

describe('which region fits which locale', () => {
  it.each([
    ['us-east-1', ['en-US', 'en-CA']],
    ['eu-west-1', ['en-GB', 'en-IN']],
    ['us-west-2', ['en-AU']],
  ])('%s is the home of %j', (region, near) => {
    const fit = regionFit(region, locales);
    expect(fit.ok && fit.near).toEqual(near);
    expect(fit.ok && fit.far).toEqual(locales.filter((locale) => !near.includes(locale)));
  });

  it('a region that serves every locale says so without a warning', () => {
    expect(regionFit('us-east-1', ['en-US', 'en-CA']).explanation).toBe(
      'us-east-1 is where Alexa serves en-US, en-CA from.',
    );
  });
});
