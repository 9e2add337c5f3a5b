import type { TestProject } from 'vitest/node';
import { useLocalAwsEnvironment } from '../../local/aws-local';
import { startDynamoLocal } from '../../local/dynamo-local';

/** One DynamoDB Local for the whole run, in memory on a free loopback port. */
export default async function setup(project: TestProject) {
  // On two shared cores the JVM can take well over 15 s to answer its first request.
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
