import type { Command } from './runner';

/** The flags a deploy or destroy runs with. */
export interface DeployOptions {
  /** AWS profile for credentials (else the environment's, e.g. AWS_PROFILE). */
  profile?: string;
  /** ASK CLI profile, as set up by `ask configure`. */
  askProfile: string;
  region: string;
  alarmEmail?: string;
  /** The published privacy notice: replaces the committed placeholder in the deployable package. */
  privacyUrl?: string;
  stage: 'development';
  dryRun: boolean;
}

export const stackName = 'LiftCoach';
export const outputsFile = 'cdk.out/outputs.json';

/** Until the stack exists the skill has no endpoint: Alexa checks a Lambda endpoint when it is saved. */
const newSkillManifest = {
  manifest: {
    manifestVersion: '1.0',
    publishingInformation: { locales: { 'en-US': { name: 'Lift Coach' } } },
    apis: { custom: {} },
  },
};

const awsProfile = (options: DeployOptions) => (options.profile ? ['--profile', options.profile] : []);
const ask = (options: DeployOptions, args: string[]): Command => ({
  program: 'ask',
  args: [...args, '--profile', options.askProfile],
});
const cdkEnv = (options: DeployOptions) => ({
  AWS_REGION: options.region,
  AWS_DEFAULT_REGION: options.region,
});

export const commands = {
  callerIdentity: (options: DeployOptions): Command => ({
    program: 'aws',
    args: [
      'sts',
      'get-caller-identity',
      '--output',
      'json',
      '--region',
      options.region,
      ...awsProfile(options),
    ],
  }),
  bootstrapStatus: (options: DeployOptions): Command => ({
    program: 'aws',
    args: [
      'cloudformation',
      'describe-stacks',
      '--stack-name',
      'CDKToolkit',
      '--query',
      'Stacks[0].StackStatus',
      '--output',
      'text',
      '--region',
      options.region,
      ...awsProfile(options),
    ],
  }),
  vendors: (options: DeployOptions) => ask(options, ['smapi', 'get-vendor-list']),
  build: (): Command => ({ program: 'npm', args: ['run', 'build'], stream: true }),
  createSkill: (options: DeployOptions) =>
    ask(options, ['smapi', 'create-skill-for-vendor', '--manifest', JSON.stringify(newSkillManifest)]),
  skillStatus: (options: DeployOptions, skillId: string, resource: 'manifest' | 'interactionModel') =>
    ask(options, ['smapi', 'get-skill-status', '--skill-id', skillId, '--resource', resource]),
  bootstrap: (options: DeployOptions, account: string): Command => ({
    program: 'cdk',
    args: ['bootstrap', `aws://${account}/${options.region}`, '--no-notices', ...awsProfile(options)],
    env: cdkEnv(options),
    stream: true,
  }),
  deployStack: (options: DeployOptions, skillId: string): Command => ({
    program: 'cdk',
    args: [
      'deploy',
      stackName,
      '-c',
      `skillId=${skillId}`,
      ...(options.alarmEmail ? ['-c', `alarmEmail=${options.alarmEmail}`] : []),
      '--outputs-file',
      outputsFile,
      // One command from a clone: the stack's IAM changes are the reviewed ones in infra/.
      '--require-approval',
      'never',
      '--no-notices',
      ...awsProfile(options),
    ],
    env: cdkEnv(options),
    stream: true,
  }),
  deploySkillPackage: (options: DeployOptions): Command => ({
    // The package's content decides whether to deploy (the state's fingerprint), not the ASK CLI's hash.
    ...ask(options, ['deploy', '--target', 'skill-metadata', '--ignore-hash']),
    cwd: 'build',
    stream: true,
  }),
  enable: (options: DeployOptions, skillId: string) =>
    ask(options, ['smapi', 'set-skill-enablement', '--skill-id', skillId, '--stage', options.stage]),
  destroyStack: (options: DeployOptions, skillId: string): Command => ({
    program: 'cdk',
    args: [
      'destroy',
      stackName,
      '-c',
      `skillId=${skillId}`,
      '--force',
      '--no-notices',
      ...awsProfile(options),
    ],
    env: cdkEnv(options),
    stream: true,
  }),
  deleteSkill: (options: DeployOptions, skillId: string) =>
    ask(options, ['smapi', 'delete-skill', '--skill-id', skillId]),
};
