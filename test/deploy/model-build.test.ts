import { describe, expect, it } from 'vitest';
import { cloneProject, deploy, readStates } from './project';
import { modelStatus, world } from './world';

const alexaSays = 'Sample utterance "{reps}" in intent "LogSetIntent" must include a carrier phrase.';

describe('an interaction model that fails to build', () => {
  it('is reported with Alexa’s message, and the skill is not enabled', async () => {
    const root = cloneProject();
    const run = await deploy(
      root,
      world([
        [
          /--resource interactionModel/,
          [modelStatus('IN_PROGRESS'), modelStatus('SUCCEEDED', { 'en-GB': alexaSays })],
        ],
      ]),
    );

    expect(run.exitCode).toBe(1);
    expect(run.output).toContain(`The interaction model failed to build:\n    en-GB: ${alexaSays}`);
    expect(run.output).toContain('run `npm run generate:model`, then deploy again');
    expect(run.runner.shape()).not.toContain('ask smapi set-skill-enablement');
    expect(readStates(root).liftCoachDeploy.default?.skillPackage).toBeUndefined();
  });

  it('is reported with Alexa’s message when ask deploy itself fails on it', async () => {
    const run = await deploy(
      cloneProject(),
      world([
        [/ask deploy/, { exitCode: 1, stderr: '[Error]: {\n  "status": "FAILED",\n  "errors": [...]\n}\n' }],
        [/--resource interactionModel/, modelStatus('SUCCEEDED', { 'en-AU': alexaSays })],
      ]),
    );

    expect(run.exitCode).toBe(1);
    expect(run.output).toContain(`en-AU: ${alexaSays}`);
  });

  it('is deployed again by the next run, even a resumed one, once the model is fixed', async () => {
    const root = cloneProject();
    await deploy(
      root,
      world([[/--resource interactionModel/, modelStatus('SUCCEEDED', { 'en-GB': alexaSays })]]),
    );

    const fixed = await deploy(root, world());

    expect(fixed.exitCode).toBe(0);
    expect(fixed.runner.shape()).toContain('ask deploy');
    expect(fixed.runner.shape()).not.toContain('cdk deploy');
    expect(fixed.runner.shape().at(-1)).toBe('ask smapi set-skill-enablement');
  });
});

describe('waiting for the model build', () => {
  it('shows the status command once, then how long it has waited', async () => {
    const building = Array.from({ length: 7 }, () => modelStatus('IN_PROGRESS'));
    const run = await deploy(
      cloneProject(),
      world([[/--resource interactionModel/, [...building, modelStatus('SUCCEEDED')]]]),
    );

    expect(run.exitCode).toBe(0);
    expect(run.runner.shape().filter((call) => call.endsWith('interactionModel'))).toHaveLength(8);
    expect(run.output.match(/--resource interactionModel/g)).toHaveLength(1);
    expect(run.output).toContain('… still waiting (30 s)');
  });

  it('gives up after ten minutes, and the next run waits again without deploying the package again', async () => {
    const root = cloneProject();
    const stopped = await deploy(root, world([[/--resource interactionModel/, modelStatus('IN_PROGRESS')]]));

    expect(stopped.exitCode).toBe(1);
    expect(stopped.output).toContain(
      'The interaction models were still building after ten minutes; run again to keep waiting.',
    );
    expect(stopped.runner.shape().filter((call) => call.endsWith('interactionModel'))).toHaveLength(120);

    const resumed = await deploy(root, world());
    expect(resumed.runner.shape()).not.toContain('ask deploy');
    expect(resumed.runner.shape().at(-1)).toBe('ask smapi set-skill-enablement');
  });
});
