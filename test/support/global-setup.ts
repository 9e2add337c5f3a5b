import type { TestProject } from 'vitest/node';
import { useLocalAwsEnvironment } from '../../local/aws-local';
import { startDynamoLocal } from '../../local/dynamo-local';

/**
 * One DynamoDB Local for the whole run, in memory on a free loopback port. Its JVM takes 20-30 s to
 * answer on a busy two-core machine, so it gets a minute before the run gives up.
 */
export default async function setup(project: TestProject) {
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
