import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { useLocalAwsEnvironment } from '../../local/aws-local';
import { startDynamoLocal } from '../../local/dynamo-local';

/**
 * One DynamoDB Local for the whole run, in memory on a free loopback port. Its JVM takes 20-30 s to
 * answer on a busy two-core machine, so it gets a minute before the run gives up.
 */
export default async function setup(project: TestProject) {
  // The workers append the Lambdas' log lines here (test/support/worker-setup.ts): one run per file.
  const lambdaLog = fileURLToPath(new URL('../../.local-data/test-lambda.log', import.meta.url));
  mkdirSync(dirname(lambdaLog), { recursive: true });
  writeFileSync(lambdaLog, '');
  const dynamo = await startDynamoLocal({ readyTimeoutMs: 60_000 });
  useLocalAwsEnvironment(dynamo.endpoint);
  project.provide('dynamoEndpoint', dynamo.endpoint);
  return async () => {
    await dynamo.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}
