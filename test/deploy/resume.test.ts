import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cloneProject, deploy, readStates } from './project';
import type { Rule } from './recorded-runner';
import { failures, skillId, world } from './world';

const checks = [
  'aws sts get-caller-identity',
  'ask smapi get-vendor-list',
  'aws cloudformation describe-stacks',
];
const create = ['ask smapi create-skill-for-vendor'];
const manifestWait = ['ask smapi get-skill-status manifest', 'ask smapi get-skill-status manifest'];
const modelWait = [
  'ask smapi get-skill-status interactionModel',
  'ask smapi get-skill-status interactionModel',
];
const enable = ['ask smapi set-skill-enablement'];
const fullRun = [
  ...checks,
  'npm run build',
  ...create,
  ...manifestWait,
  'cdk deploy',
  'ask deploy',
  ...modelWait,
  ...enable,
];

const fails = (pattern: RegExp, what = 'Service unavailable'): Rule => [pattern, failures.generic(what)];

describe('a deploy that stopped part-way resumes', () => {
  it.each<[string, Rule[], RegExp, string[], Rule[]?]>([
    [
      'the checks (no AWS credentials)',
      [[/^aws sts/, failures.noCredentials]],
      /No usable AWS credentials/,
      fullRun,
    ],
    [
      'the build',
      [fails(/^npm run build/, 'tsc found 1 error')],
      /npm run build failed \(exit code 1\)[\s\S]*tsc found 1 error/,
      fullRun,
    ],
    ['creating the skill', [fails(/create-skill-for-vendor/)], /Creating the skill failed/, fullRun],
    [
      'waiting for the new skill',
      [fails(/--resource manifest/)],
      /Reading the skill's manifest status failed/,
      [
        ...checks,
        'npm run build',
        'ask smapi get-skill-status manifest',
        'ask smapi get-skill-status manifest',
        'cdk deploy',
        'ask deploy',
        ...modelWait,
        ...enable,
      ],
    ],
    [
      'bootstrapping CDK',
      [
        [/describe-stacks --stack-name CDKToolkit/, failures.notBootstrapped],
        fails(/cdk bootstrap/, 'AccessDenied: not allowed to create an S3 bucket'),
      ],
      /cdk bootstrap failed[\s\S]*AccessDenied/,
      [...checks, 'npm run build', 'cdk bootstrap', 'cdk deploy', 'ask deploy', ...modelWait, ...enable],
      [[/describe-stacks --stack-name CDKToolkit/, failures.notBootstrapped]],
    ],
    [
      'deploying the stack',
      [fails(/cdk deploy/, 'LiftCoach failed: Resource handler returned message: "Rate exceeded"')],
      /cdk deploy failed[\s\S]*Rate exceeded/,
      [...checks, 'npm run build', 'cdk deploy', 'ask deploy', ...modelWait, ...enable],
    ],
    [
      'deploying the skill package',
      [fails(/ask deploy/, 'The skill package import failed: token expired')],
      /ask deploy could not deploy build\/skill-package[\s\S]*token expired/,
      [...checks, 'npm run build', 'ask deploy', ...modelWait, ...enable],
    ],
    [
      'waiting for the model build',
      [fails(/--resource interactionModel/)],
      /Reading the skill's interaction model status failed/,
      [...checks, 'npm run build', ...modelWait, ...enable],
    ],
    [
      'enabling the skill for testing',
      [fails(/set-skill-enablement/, 'You have reached the limit of enabled skills')],
      /Enabling the skill for testing failed[\s\S]*limit of enabled skills/,
      [...checks, 'npm run build', ...enable],
    ],
  ])(
    'after failing at %s, repeating only what did not finish',
    async (_step, failure, reason, resumed, stillTrue = []) => {
      const root = cloneProject();
      const stopped = await deploy(root, world(failure));

      expect(stopped.exitCode).toBe(1);
      expect(stopped.output).toMatch(reason);
      expect(stopped.output).toContain('run `npm run deploy` again: it resumes here');
      expect(readStates(root).liftCoachDeploy.default?.runFinished).toBe(false);

      const again = await deploy(root, world(stillTrue));

      expect(again.exitCode).toBe(0);
      expect(again.runner.shape()).toEqual(resumed);
      expect(again.runner.lines().filter((line) => line.includes('create-skill-for-vendor')).length).toBe(
        resumed.includes(create[0] as string) ? 1 : 0,
      );
      expect(readStates(root).profiles.default?.skillId).toBe(skillId);
      expect(readStates(root).liftCoachDeploy.default?.runFinished).toBe(true);
    },
  );

  it('deploys the stack again on resume when the code changed since the stop', async () => {
    const root = cloneProject();
    await deploy(root, world([fails(/ask deploy/)]));

    const again = await deploy(root, world([], 'fixed'));

    expect(again.runner.shape()).toEqual([
      ...checks,
      'npm run build',
      'cdk deploy',
      'ask deploy',
      ...modelWait,
      ...enable,
    ]);
  });

  it('stops before doing anything when the skill id comes back malformed', async () => {
    const root = cloneProject();
    const run = await deploy(
      root,
      world([[/create-skill-for-vendor/, { stdout: '{"skillId":"amzn1.ask.skill.<id>"}' }]]),
    );

    expect(run.exitCode).toBe(1);
    expect(run.output).toContain('Creating the skill returned no skill id');
    expect(run.runner.shape()).not.toContain('cdk deploy');
    expect(readStates(root).profiles?.default?.skillId).toBeUndefined();
  });

  it('stops, creating nothing, when the state file is there but not JSON', async () => {
    const root = cloneProject();
    mkdirSync(join(root, '.ask'));
    writeFileSync(join(root, '.ask/ask-states.json'), '{"profiles": {"default": {"skillId": "amzn1');
    const run = await deploy(root, world());

    expect(run.exitCode).toBe(1);
    expect(run.output).toMatch(/^✗ \.ask\/ask-states\.json is not valid JSON .*: fix it, or move it away/);
    expect(run.runner.calls).toEqual([]);
  });
});
