import type { App } from 'aws-cdk-lib';
import { readDeployContext } from './deploy-context';
import { DeployConfigError } from './deploy-error';
import { LiftCoachStack, type LiftCoachStackProps } from './lift-coach-stack';
import { applyNagChecks } from './nag';

export const stackName = 'LiftCoach';

/**
 * Builds the app's one stack from the app's context, with cdk-nag checking every resource.
 * Throws DeployConfigError (the message says the fix) when the context or the bundles are unusable.
 */
export function buildLiftCoachApp(
  app: App,
  options: Pick<LiftCoachStackProps, 'bundleDirectories'> = {},
): LiftCoachStack {
  const context = readDeployContext((key) => app.node.tryGetContext(key));
  if (!context.ok) {
    throw new DeployConfigError(context.error);
  }
  const stack = new LiftCoachStack(app, stackName, {
    ...context.value,
    ...options,
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  });
  applyNagChecks(app);
  return stack;
}
