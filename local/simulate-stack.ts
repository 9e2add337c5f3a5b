import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { createStore, type Store } from '../lambda/store';
import { localCredentials, localRegion, useLocalAwsEnvironment } from './aws-local';
import { localSkillId } from './console-options';
import { startDynamoLocal } from './dynamo-local';
import { captureLambdaLogs, type LogCapture } from './log-capture';
import { type ProgressPipeline, startProgressPipeline } from './progress-pipeline';
import { type LambdaHandler, loadBundleHandler } from './skill-runtime';
import { ensureTable } from './table';

/**
 * What the coaching simulation talks to, as `npm start` runs it: DynamoDB Local (embedded unless an
 * endpoint is given), the built skill bundle, and the built progress bundle fed by the local stream
 * poller. The bundles read TABLE_NAME and the endpoint when first imported, so one process holds
 * one stack; several simulated lifters share it, each under their own Alexa user.
 */
export interface SimulationStack {
  skill: LambdaHandler<RequestEnvelope, ResponseEnvelope>;
  progress: ProgressPipeline;
  /** Reads what the skill stored (the lifter looks at the target of the set it is about to log). */
  store: Store;
  /**
   * Every ERROR line the Lambdas logged (only when the logs were captured) and every batch the
   * progress Lambda gave up on, oldest first. Never cleared: lifters who train side by side each
   * keep their own place in it.
   */
  loggedErrors(): readonly string[];
  stop(): Promise<void>;
}

export interface SimulationStackOptions {
  /** An already running DynamoDB Local (the tests' global setup); otherwise one is started. */
  dynamoEndpoint?: string;
  tableName?: string;
  /** Where the Lambdas' JSON log lines go instead of the terminal (the CLI keeps its table readable). */
  logFile?: string;
}

export async function startSimulationStack(options: SimulationStackOptions = {}): Promise<SimulationStack> {
  const stops: (() => Promise<void> | void)[] = [];
  const stop = async () => {
    for (const next of stops.splice(0).reverse()) await next();
  };
  try {
    let endpoint = options.dynamoEndpoint;
    if (!endpoint) {
      // A cold JVM on a busy machine can take far longer than the usual six seconds.
      const dynamo = await startDynamoLocal({ readyTimeoutMs: 60_000 });
      stops.push(() => dynamo.stop());
      endpoint = dynamo.endpoint;
    }
    useLocalAwsEnvironment(endpoint);
    const tableName = options.tableName ?? 'lift-coach-simulation';
    const client = new DynamoDBClient({ endpoint, region: localRegion, credentials: localCredentials });
    stops.push(() => client.destroy());
    await ensureTable(client, tableName);
    process.env.TABLE_NAME = tableName;
    process.env.SKILL_ID = localSkillId;
    process.env.LIFT_COACH_LOCAL = 'true';

    let logs: LogCapture | undefined;
    if (options.logFile) {
      logs = captureLambdaLogs({ logFile: options.logFile });
      const captured = logs;
      stops.push(() => captured.restore());
    }
    const skill = await loadBundleHandler<RequestEnvelope, ResponseEnvelope>('skill');
    const progress = await startProgressPipeline(client, tableName);
    stops.push(() => progress.stop());
    const store = createStore({ documentClient: DynamoDBDocumentClient.from(client), tableName });
    const errors: string[] = [];
    return {
      skill,
      progress,
      store,
      loggedErrors: () => {
        errors.push(
          ...(logs?.takeErrors() ?? []).map((entry) => `${entry.service}: ${entry.message}`),
          ...progress.takeFailures(),
        );
        return errors;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
