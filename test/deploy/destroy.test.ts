import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DeployOptions } from '../../scripts/deploy/commands';
import { runDestroy, skillDeletionPhrase } from '../../scripts/deploy/destroy-run';
import { cloneProject, defaultOptions, deploy, readStates, tools } from './project';
import { RecordedRunner, type Rule } from './recorded-runner';
import { failures, functionArn, skillId, tableName, world } from './world';

async function destroy(
  root: string,
  answer: string,
  rules: Rule[] = world(),
  options: Partial<DeployOptions> = {},
  regionFlag = false,
) {
  const runner = new RecordedRunner(root, rules);
  const said: string[] = [];
  const questions: string[] = [];
  const exitCode = await runDestroy({ ...defaultOptions, ...options }, regionFlag, {
    ...tools(root, runner, said),
    ask: async (question) => {
      questions.push(question);
      return answer;
    },
  });
  return { exitCode, runner, output: said.join('\n'), questions };
}

async function deployed(): Promise<string> {
  const root = cloneProject();
  await deploy(root, world());
  return root;
}

const destroyLine = `AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1 cdk destroy LiftCoach -c skillId=${skillId} --force --no-notices`;

describe('npm run destroy', () => {
  it('deletes the stack, says the table stays and how to delete it, then the skill after the typed phrase', async () => {
    const root = await deployed();
    const run = await destroy(root, ` ${skillDeletionPhrase.toUpperCase()}\n`);

    expect(run.exitCode).toBe(0);
    expect(run.runner.lines()).toEqual([
      destroyLine,
      `ask smapi delete-skill --skill-id ${skillId} --profile default`,
    ]);
    expect(run.output).toContain(`The table ${tableName} is retained on purpose`);
    expect(run.output).toContain(
      `aws dynamodb update-table --table-name ${tableName} --no-deletion-protection-enabled --region us-east-1`,
    );
    expect(run.output).toContain(`aws dynamodb delete-table --table-name ${tableName} --region us-east-1`);
    expect(run.questions[0]).toContain(`Type "${skillDeletionPhrase}" to delete it`);
    const states = readStates(root);
    expect(states.profiles.default?.skillId).toBeUndefined();
    expect(states.liftCoachDeploy.default).toBeUndefined();
  });

  it('keeps the skill, and remembers it for the next deploy, on any other answer', async () => {
    const root = await deployed();
    const run = await destroy(root, 'yes');

    expect(run.runner.lines()).toEqual([destroyLine]);
    expect(run.output).toContain(`Kept the skill ${skillId}`);
    expect(readStates(root).profiles.default?.skillId).toBe(skillId);
    expect(readStates(root).liftCoachDeploy.default?.stack).toBeUndefined();

    const redeployed = await deploy(root, world());
    expect(redeployed.runner.shape()).not.toContain('ask smapi create-skill-for-vendor');
    expect(redeployed.runner.shape()).toContain('cdk deploy');
  });

  it('leaves the skill alone and asks nothing when the stack could not be deleted', async () => {
    const root = await deployed();
    const run = await destroy(
      root,
      skillDeletionPhrase,
      world([[/cdk destroy/, failures.generic('LiftCoach: destroy failed')]]),
    );

    expect(run.exitCode).toBe(1);
    expect(run.output).toContain('cdk destroy failed (exit code 1)');
    expect(run.output).toContain('The skill was left as it is.');
    expect(run.questions).toEqual([]);
    expect(readStates(root).profiles.default?.skillId).toBe(skillId);
  });

  it('deletes the stack in the region it was deployed to, unless --region says otherwise', async () => {
    const root = cloneProject();
    const irelandArn = functionArn.replace('us-east-1', 'eu-west-1');
    const outputs = JSON.stringify({ LiftCoach: { SkillFunctionArn: irelandArn, TableName: tableName } });
    await deploy(root, world([[/cdk deploy/, { writes: { 'cdk.out/outputs.json': outputs } }]]), {
      region: 'eu-west-1',
    });

    const run = await destroy(root, 'no', world(), { region: 'us-east-1' });
    expect(run.runner.lines()[0]).toMatch(/^AWS_REGION=eu-west-1 AWS_DEFAULT_REGION=eu-west-1 cdk destroy/);

    const elsewhere = await destroy(root, 'no', world(), { region: 'us-west-2' }, true);
    expect(elsewhere.runner.lines()[0]).toMatch(
      /^AWS_REGION=us-west-2 AWS_DEFAULT_REGION=us-west-2 cdk destroy/,
    );
  });

  it('builds the bundles first when they are missing, since cdk reads the app to destroy it', async () => {
    const root = cloneProject();
    mkdirSync(join(root, '.ask'));
    writeFileSync(join(root, '.ask/ask-states.json'), JSON.stringify({ profiles: { default: { skillId } } }));
    const run = await destroy(root, 'no');

    expect(run.runner.shape()).toEqual(['npm run build', 'cdk destroy']);
  });

  it('prints its plan and calls nothing on --dry-run', async () => {
    const root = await deployed();
    const run = await destroy(root, skillDeletionPhrase, [], { dryRun: true });

    expect(run.exitCode).toBe(0);
    expect(run.runner.calls).toEqual([]);
    expect(run.output).toContain(`$ ${destroyLine}`);
    expect(run.output).toContain(`then, only after you type "${skillDeletionPhrase}":`);
  });
});
