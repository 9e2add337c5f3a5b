import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cloneProject, deploy, readStates } from './project';
import { account, functionArn, skillId, tableName, world } from './world';

const askStatus = (resource: string) =>
  `ask smapi get-skill-status --skill-id ${skillId} --resource ${resource} --profile default`;

describe('npm run deploy, first run', () => {
  it('creates the skill, deploys the stack for it, then the package pointing at the function, and enables it', async () => {
    const root = cloneProject();
    const run = await deploy(root, world());

    expect(run.exitCode).toBe(0);
    expect(run.runner.lines()).toEqual([
      'aws sts get-caller-identity --output json --region us-east-1',
      'ask smapi get-vendor-list --profile default',
      "aws cloudformation describe-stacks --stack-name CDKToolkit --query 'Stacks[0].StackStatus' --output text --region us-east-1",
      'npm run build',
      `ask smapi create-skill-for-vendor --manifest '{"manifest":{"manifestVersion":"1.0","publishingInformation":{"locales":{"en-US":{"name":"Lift Coach"}}},"apis":{"custom":{}}}}' --profile default`,
      askStatus('manifest'),
      askStatus('manifest'),
      `AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1 cdk deploy LiftCoach -c skillId=${skillId} --outputs-file cdk.out/outputs.json --require-approval never --no-notices`,
      '(cd build && ask deploy --target skill-metadata --ignore-hash --profile default)',
      askStatus('interactionModel'),
      askStatus('interactionModel'),
      `ask smapi set-skill-enablement --skill-id ${skillId} --stage development --profile default`,
    ]);
  });

  it('remembers the skill id where the ASK CLI looks for it, and what finished', async () => {
    const root = cloneProject();
    await deploy(root, world());

    const states = readStates(root);
    expect(states.askcliStatesVersion).toBe('2020-03-31');
    expect(states.profiles.default?.skillId).toBe(skillId);
    expect(states.liftCoachDeploy.default).toMatchObject({
      skillReady: true,
      stack: { region: 'us-east-1', functionArn, tableName },
      skillPackage: { modelBuilt: true },
      enabledStage: 'development',
      runFinished: true,
    });
    const askProject = JSON.parse(readFileSync(join(root, 'build/.ask/ask-states.json'), 'utf8'));
    expect(askProject.profiles.default.skillId).toBe(skillId);
    const resources = JSON.parse(readFileSync(join(root, 'build/ask-resources.json'), 'utf8'));
    expect(resources.profiles.default.skillMetadata.src).toBe('./skill-package');
  });

  it('prints how to talk to the skill: ask dialog, the developer console, an Echo', async () => {
    const run = await deploy(cloneProject(), world());

    expect(run.output).toContain(`npx ask dialog --skill-id ${skillId} --locale en-US --profile default`);
    expect(run.output).toContain(
      `https://developer.amazon.com/alexa/console/ask/test/${skillId}/development/en_US/`,
    );
    expect(run.output).toContain('"Alexa, open lift coach"');
    expect(run.output).toContain(functionArn);
  });

  it('passes the AWS profile, the ASK CLI profile and the alarm e-mail to the tools that need them', async () => {
    const run = await deploy(cloneProject(), world(), {
      profile: 'lift',
      askProfile: 'coach',
      alarmEmail: 'me@example.com',
    });

    expect(run.exitCode).toBe(0);
    const lines = run.runner.lines();
    expect(lines).toContain('aws sts get-caller-identity --output json --region us-east-1 --profile lift');
    expect(
      lines
        .filter((line) => line.startsWith('ask ') || line.startsWith('(cd build && ask'))
        .every((line) => /--profile coach\)?$/.test(line)),
    ).toBe(true);
    expect(lines).toContain(
      `AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1 cdk deploy LiftCoach -c skillId=${skillId} -c alarmEmail=me@example.com --outputs-file cdk.out/outputs.json --require-approval never --no-notices --profile lift`,
    );
    expect(run.output).toContain('Confirm the alarm subscription in the e-mail AWS sent to me@example.com');
  });

  it('bootstraps CDK in the account and region when the check finds no bootstrap stack', async () => {
    const run = await deploy(
      cloneProject(),
      world([
        [
          /describe-stacks --stack-name CDKToolkit/,
          {
            exitCode: 254,
            stderr:
              'An error occurred (ValidationError) when calling the DescribeStacks operation: Stack with id CDKToolkit does not exist',
          },
        ],
      ]),
    );

    expect(run.exitCode).toBe(0);
    const shape = run.runner.shape();
    expect(shape.indexOf('cdk bootstrap')).toBeGreaterThan(-1);
    expect(shape.indexOf('cdk bootstrap')).toBe(shape.indexOf('cdk deploy') - 1);
    expect(run.runner.lines()).toContain(
      `AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1 cdk bootstrap aws://${account}/us-east-1 --no-notices`,
    );
  });
});

describe('npm run deploy, second run', () => {
  it('updates the same skill instead of creating another: stack, package, model, enablement again', async () => {
    const root = cloneProject();
    await deploy(root, world());
    const second = await deploy(root, world([], 'v2'));

    expect(second.exitCode).toBe(0);
    expect(second.runner.shape()).toEqual([
      'aws sts get-caller-identity',
      'ask smapi get-vendor-list',
      'aws cloudformation describe-stacks',
      'npm run build',
      'cdk deploy',
      'ask deploy',
      'ask smapi get-skill-status interactionModel',
      'ask smapi get-skill-status interactionModel',
      'ask smapi set-skill-enablement',
    ]);
    expect(second.runner.lines().join('\n')).not.toContain('create-skill-for-vendor');
    expect(second.runner.lines()).toContain(
      `AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1 cdk deploy LiftCoach -c skillId=${skillId} --outputs-file cdk.out/outputs.json --require-approval never --no-notices`,
    );
    expect(second.output).toContain(
      `skill ${skillId} (remembered in .ask/ask-states.json): nothing to create`,
    );
  });

  it('uses a skill id written into .ask/ask-states.json by hand (the manual steps) without creating one', async () => {
    const root = cloneProject();
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(root, '.ask'));
    writeFileSync(
      join(root, '.ask/ask-states.json'),
      JSON.stringify({ askcliStatesVersion: '2020-03-31', profiles: { default: { skillId } } }),
    );
    const run = await deploy(root, world());

    expect(run.exitCode).toBe(0);
    expect(run.runner.shape().slice(3, 6)).toEqual([
      'npm run build',
      'ask smapi get-skill-status manifest',
      'ask smapi get-skill-status manifest',
    ]);
    expect(run.runner.lines().join('\n')).not.toContain('create-skill-for-vendor');
  });
});
