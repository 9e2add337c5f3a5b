import { commands } from './commands';
import { DeployStop, execute, lastWords, type RunContext } from './context';
import { regionFit } from './regions';

const minimumNode = [20, 19] as const;
const usableBootstrapStatuses = [
  'CREATE_COMPLETE',
  'UPDATE_COMPLETE',
  'UPDATE_ROLLBACK_COMPLETE',
  'IMPORT_COMPLETE',
];

/**
 * Step 1: everything the deploy needs, checked before anything is changed. Every missing piece is
 * listed at once, each with its fix, so one round of fixes is enough.
 */
export async function checkPrerequisites(context: RunContext): Promise<void> {
  const { options, tools } = context;
  const problems: string[] = [];
  const say = (line: string) => tools.say(`  ✓ ${line}`);

  const [major = 0, minor = 0] = tools.nodeVersion.split('.').map(Number);
  if (major < minimumNode[0] || (major === minimumNode[0] && minor < minimumNode[1])) {
    problems.push(
      `Node.js ${tools.nodeVersion} is too old: install Node.js ${minimumNode.join('.')} or newer.`,
    );
  } else {
    say(`Node.js ${tools.nodeVersion} (Java is only needed to run Lift Coach locally, not to deploy)`);
  }

  const fit = regionFit(options.region, context.locales);
  if (fit.ok) say(fit.explanation);
  else problems.push(fit.explanation);

  const identity = await execute(context, commands.callerIdentity(options));
  const profileWords = options.profile ? ` for profile ${options.profile}` : '';
  if (identity.notFound) {
    problems.push(
      'The AWS CLI is not installed: install version 2 (https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html), then set up credentials.',
    );
  } else if (identity.exitCode !== 0) {
    const setUp = options.profile ? ` --profile ${options.profile}` : '';
    problems.push(
      `No usable AWS credentials${profileWords}: run \`aws configure${setUp}\` (or \`aws sso login${setUp}\`), or pass --profile NAME.${lastWords(identity)}`,
    );
  } else {
    context.account = (JSON.parse(identity.stdout) as { Account: string }).Account;
    say(`AWS account ${context.account}${profileWords}, region ${options.region}`);
  }

  const vendors = await execute(context, commands.vendors(options));
  if (vendors.exitCode !== 0) {
    const text = `${vendors.stderr}${vendors.stdout}`;
    problems.push(
      /cli_config not exists|Can't resolve profile|ask configure/.test(text)
        ? `The ASK CLI is not configured for profile ${options.askProfile}: run \`npx ask configure${options.askProfile === 'default' ? '' : ` --profile ${options.askProfile}`}\` and sign in with your Amazon developer account (its AWS question can be skipped).`
        : `The ASK CLI could not reach your Amazon developer account with profile ${options.askProfile}; run \`npx ask configure\` again to refresh its sign-in.${lastWords(vendors)}`,
    );
  } else {
    say(`ASK CLI profile ${options.askProfile} signed in to an Amazon developer account`);
  }

  if (context.account !== undefined) {
    const bootstrap = await execute(context, commands.bootstrapStatus(options));
    const status = bootstrap.stdout.trim();
    if (bootstrap.exitCode === 0 && usableBootstrapStatuses.includes(status)) {
      context.bootstrapped = true;
      say(`CDK bootstrapped in ${options.region}`);
    } else if (bootstrap.exitCode !== 0 && /does not exist/.test(bootstrap.stderr)) {
      context.bootstrapped = false;
      say(
        `CDK is not bootstrapped in ${context.account}/${options.region} yet: the stack step bootstraps it`,
      );
    } else if (bootstrap.exitCode === 0) {
      problems.push(
        `The CDK bootstrap stack CDKToolkit in ${options.region} is ${status}: repair or delete it in the CloudFormation console, then run again.`,
      );
    } else {
      problems.push(`Could not read the CDK bootstrap stack in ${options.region}.${lastWords(bootstrap)}`);
    }
  }

  if (problems.length > 0) {
    throw new DeployStop(`Missing before anything can be deployed:\n  - ${problems.join('\n  - ')}`);
  }
}
