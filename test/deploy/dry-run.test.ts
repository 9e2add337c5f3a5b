import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runDeploy } from '../../scripts/deploy/deploy-run';
import { cloneProject, defaultOptions, deploy, tools } from './project';
import { RecordedRunner } from './recorded-runner';
import { account, functionArn, skillId, world } from './world';

const run = promisify(execFile);
const emptyHome = mkdtempSync(join(tmpdir(), 'lift-coach-no-credentials-'));
afterAll(() => rmSync(emptyHome, { recursive: true, force: true }));

async function dryRun(root: string, options = {}) {
  const runner = new RecordedRunner(root, []);
  const said: string[] = [];
  const exitCode = await runDeploy(
    { ...defaultOptions, ...options, dryRun: true },
    tools(root, runner, said),
  );
  return { exitCode, runner, output: said.join('\n') };
}

describe('npm run deploy -- --dry-run', () => {
  it('prints every command a first run sends, and sends none', async () => {
    const planned = await dryRun(cloneProject(), { alarmEmail: 'me@example.com' });
    const real = await deploy(
      cloneProject(),
      world([[/describe-stacks/, { exitCode: 254, stderr: 'Stack with id CDKToolkit does not exist' }]]),
      {
        alarmEmail: 'me@example.com',
      },
    );

    expect(planned.exitCode).toBe(0);
    expect(planned.runner.calls).toEqual([]);
    const asPlanned = (line: string) =>
      line
        .replaceAll(skillId, '$SKILL_ID')
        .replaceAll(account, '$AWS_ACCOUNT')
        .replaceAll(functionArn, '$SKILL_FUNCTION_ARN');
    for (const line of new Set(real.runner.lines())) {
      expect(planned.output).toContain(`  $ ${asPlanned(line)}`);
    }
    expect(planned.output).toContain(
      'write build/skill-package: skill-package with both endpoint uris set to $SKILL_FUNCTION_ARN',
    );
  });

  it('uses the remembered skill and function once there are some, and says nothing is created', async () => {
    const root = cloneProject();
    await deploy(root, world());
    const planned = await dryRun(root);

    expect(planned.output).toContain(
      `skill ${skillId} exists (remembered in .ask/ask-states.json): nothing to create`,
    );
    expect(planned.output).toContain(`cdk deploy LiftCoach -c skillId=${skillId}`);
    expect(planned.output).not.toContain('create-skill-for-vendor');
    expect(planned.output).toContain(functionArn);
  });

  it('explains the region even offline', async () => {
    const planned = await dryRun(cloneProject(), { region: 'ap-south-1' });

    expect(planned.output).toContain('Alexa cannot call a Lambda function in ap-south-1');
  });

  it('runs from the command line with no credentials, no ASK CLI configuration and no network', async () => {
    const { stdout } = await run(
      'npx',
      ['tsx', 'scripts/deploy/deploy.ts', '--dry-run', '--region', 'eu-west-1'],
      {
        env: {
          PATH: process.env.PATH,
          HOME: emptyHome,
          AWS_CONFIG_FILE: join(emptyHome, 'none'),
          AWS_SHARED_CREDENTIALS_FILE: join(emptyHome, 'none'),
        },
      },
    );

    expect(stdout).toContain('Dry run: nothing is changed and nothing is called.');
    for (const step of ['[1/6]', '[2/6]', '[3/6]', '[4/6]', '[5/6]', '[6/6]']) expect(stdout).toContain(step);
    expect(stdout).toContain('$ AWS_REGION=eu-west-1 AWS_DEFAULT_REGION=eu-west-1 cdk deploy LiftCoach');
    expect(existsSync(join(emptyHome, '.ask'))).toBe(false);
  });
});
