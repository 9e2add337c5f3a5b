import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPrerequisites } from './checks';
import { commands, outputsFile, stackName } from './commands';
import { DeployStop, execute, executeOrStop, lastWords, parseJson, type RunContext } from './context';
import { regionFit } from './regions';
import type { Command } from './runner';
import { deployablePackage, fingerprint, writeAskProject, writeDeployablePackage } from './skill-package';
import { ModelBuildFailed, modelFailuresAfterDeploy, waitForManifest, waitForModels } from './skill-status';
import { statesPath } from './state';

const skillIdPattern = /^amzn1\.ask\.skill\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const functionArnPattern = /^arn:aws:lambda:([a-z0-9-]+):\d{12}:function:[A-Za-z0-9-_]+$/;

/** What a dry run names for values only a real run learns. */
export interface PlanValues {
  skillId: string;
  account: string;
  functionArn: string;
}

export interface DeployStep {
  title: string;
  /** What the step would do: lines, commands as a person would type them. */
  plan(context: RunContext, values: PlanValues): Array<string | Command>;
  run(context: RunContext): Promise<void>;
}

const say = (context: RunContext, line: string) => context.tools.say(`  ${line}`);

/** What the stack is built from: a change to any of it is a reason to deploy the stack again. */
const stackInputs = ['dist', 'infra', 'cdk.json', 'package-lock.json'];

export const deploySteps: DeployStep[] = [
  {
    title: 'Check Node.js, AWS credentials, the ASK CLI, the region and the CDK bootstrap',
    plan: (context) => [
      'check Node.js ≥ 20.19',
      `check the region: ${regionFit(context.options.region, context.locales).explanation}`,
      commands.callerIdentity(context.options),
      commands.vendors(context.options),
      commands.bootstrapStatus(context.options),
    ],
    run: checkPrerequisites,
  },
  {
    title: 'Build the Lambda bundles',
    plan: () => [commands.build()],
    run: async (context) => {
      await executeOrStop(context, commands.build(), 'npm run build');
    },
  },
  {
    title: 'Create the Alexa skill (first run only)',
    plan: (context, values) =>
      context.state.skillId
        ? [`skill ${context.state.skillId} exists (remembered in ${statesPath}): nothing to create`]
        : [
            commands.createSkill(context.options),
            `remember the new skill id in ${statesPath}, then every 5 s until the skill is created:`,
            commands.skillStatus(context.options, values.skillId, 'manifest'),
          ],
    run: async (context) => {
      const remembered = context.state.skillId;
      if (remembered) {
        context.skillId = remembered;
        say(context, `skill ${remembered} (remembered in ${statesPath}): nothing to create`);
      } else {
        const created = await executeOrStop(
          context,
          commands.createSkill(context.options),
          'Creating the skill',
        );
        const { skillId } = parseJson<{ skillId?: string }>(created, 'ask smapi create-skill-for-vendor');
        if (!skillId || !skillIdPattern.test(skillId)) {
          throw new DeployStop(`Creating the skill returned no skill id: ${created.stdout.trim()}`);
        }
        context.state.rememberSkill(skillId);
        context.skillId = skillId;
        say(context, `created skill ${skillId}, remembered in ${statesPath}`);
      }
      if (context.state.progress.skillReady !== true) {
        await waitForManifest(context);
        context.state.update({ skillReady: true });
      }
    },
  },
  {
    title: `Deploy the ${stackName} stack for that skill`,
    plan: (context, values) => [
      'only when the check found no CDK bootstrap in the account and region:',
      commands.bootstrap(context.options, values.account),
      commands.deployStack(context.options, values.skillId),
      `read SkillFunctionArn from ${outputsFile}`,
    ],
    run: async (context) => {
      const skillId = context.skillId as string;
      const { options, state } = context;
      const inputs = fingerprint(context.tools.root, stackInputs, [
        skillId,
        options.region,
        options.alarmEmail ?? '',
      ]);
      const previous = state.progress.stack;
      if (context.resuming && previous?.fingerprint === inputs) {
        context.functionArn = previous.functionArn;
        say(context, `deployed by the interrupted run, unchanged since: ${previous.functionArn}`);
        return;
      }
      if (previous && previous.region !== options.region) {
        say(
          context,
          `note: the stack was last deployed to ${previous.region}; it stays there until \`npm run destroy -- --region ${previous.region}\``,
        );
      }
      if (context.bootstrapped === false) {
        await executeOrStop(context, commands.bootstrap(options, context.account as string), 'cdk bootstrap');
        context.bootstrapped = true;
      }
      await executeOrStop(context, commands.deployStack(options, skillId), 'cdk deploy');
      const outputs = readStackOutputs(context.tools.root);
      const region = functionArnPattern.exec(outputs.SkillFunctionArn ?? '')?.[1];
      if (region !== options.region) {
        throw new DeployStop(
          `cdk deploy finished but ${outputsFile} has no SkillFunctionArn of a function in ${options.region}: ${JSON.stringify(outputs)}`,
        );
      }
      context.functionArn = outputs.SkillFunctionArn as string;
      state.update({
        stack: {
          fingerprint: inputs,
          region,
          functionArn: context.functionArn,
          ...(outputs.TableName ? { tableName: outputs.TableName } : {}),
        },
      });
      say(context, `skill function ${context.functionArn}`);
    },
  },
  {
    title: 'Deploy the skill package with the function as its endpoint, and wait for the model build',
    plan: (context, values) => [
      `write ${deployablePackage}: skill-package with both endpoint uris set to ${values.functionArn}${context.options.privacyUrl ? ` and the privacy notice at ${context.options.privacyUrl}` : ''}`,
      `write build/ask-resources.json and build/.ask/ask-states.json for skill ${values.skillId}`,
      commands.deploySkillPackage(context.options),
      `every 5 s until all ${context.locales.length} models are built:`,
      commands.skillStatus(context.options, values.skillId, 'interactionModel'),
    ],
    run: async (context) => {
      const { state, tools } = context;
      const skillId = context.skillId as string;
      writeDeployablePackage(tools.root, context.functionArn as string, context.options.privacyUrl);
      writeAskProject(tools.root, context.options.askProfile, skillId);
      const content = fingerprint(tools.root, [deployablePackage], [skillId]);
      const previous = state.progress.skillPackage;
      if (context.resuming && previous?.fingerprint === content) {
        say(context, `${deployablePackage} was deployed by the interrupted run and is unchanged`);
      } else {
        state.update({ skillPackage: undefined });
        const deployed = await execute(context, commands.deploySkillPackage(context.options));
        if (deployed.exitCode !== 0) {
          const failures = await modelFailuresAfterDeploy(context);
          if (failures.length > 0) throw new ModelBuildFailed(failures);
          throw new DeployStop(`ask deploy could not deploy ${deployablePackage}.${lastWords(deployed)}`);
        }
        state.update({ skillPackage: { fingerprint: content, modelBuilt: false } });
      }
      if (state.progress.skillPackage?.modelBuilt !== true) {
        try {
          await waitForModels(context);
        } catch (error) {
          if (error instanceof ModelBuildFailed) state.update({ skillPackage: undefined });
          throw error;
        }
        state.update({ skillPackage: { fingerprint: content, modelBuilt: true } });
      }
      say(context, `interaction models built for ${context.locales.join(', ')}`);
    },
  },
  {
    title: 'Enable the skill for testing on your account',
    plan: (context, values) => [commands.enable(context.options, values.skillId)],
    run: async (context) => {
      const skillId = context.skillId as string;
      await executeOrStop(
        context,
        commands.enable(context.options, skillId),
        'Enabling the skill for testing',
      );
      context.state.update({ enabledStage: context.options.stage });
    },
  },
];

function readStackOutputs(root: string): Record<string, string | undefined> {
  try {
    const all = JSON.parse(readFileSync(join(root, outputsFile), 'utf8')) as Record<
      string,
      Record<string, string>
    >;
    return all[stackName] ?? {};
  } catch {
    return {};
  }
}
