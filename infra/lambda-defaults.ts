import { RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, type FunctionProps, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

/** What both functions share: the runtime the bundles target and arm64 (cheaper per GB-second). */
export const lambdaRuntime = Runtime.NODEJS_24_X;
export const lambdaArchitecture = Architecture.ARM_64;

/** A month of logs is enough to investigate a complaint; older logs only cost money. */
export const logRetention = RetentionDays.ONE_MONTH;

/**
 * An explicit log group (retention set, removed with the stack) and a role that may write only to
 * it: the AWS managed basic-execution policy would allow writing to every log group in the account.
 */
export function createFunctionBasics(scope: Construct): Pick<
  FunctionProps,
  'runtime' | 'architecture' | 'logGroup' | 'role'
> & {
  role: Role;
  logGroup: LogGroup;
} {
  const logGroup = new LogGroup(scope, 'Logs', {
    retention: logRetention,
    removalPolicy: RemovalPolicy.DESTROY,
  });
  const role = new Role(scope, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
  logGroup.grantWrite(role);
  return { runtime: lambdaRuntime, architecture: lambdaArchitecture, logGroup, role };
}

/** Source maps ship in the bundle folders; this makes stack traces in the logs point at the TypeScript. */
export const sourceMapsEnvironment = { NODE_OPTIONS: '--enable-source-maps' } as const;
