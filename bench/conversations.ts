import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startDynamoCallCounter } from '../local/dynamo-call-counter';
import { conversationFigures } from './conversation-figures';
import type { ConversationRunOutput } from './conversation-run-output';
import type { ConversationFigures } from './results';

export class ConversationBenchError extends Error {
  override name = 'ConversationBenchError';
}

export interface ConversationBenchOptions {
  lifters: number;
  concurrency: number;
  dynamoEndpoint: string;
  /** The functions' environment (table, skill id, credentials, NODE_OPTIONS as deployed). */
  environment: Record<string, string>;
  workFolder: string;
  /** Where the functions' logs go (they would drown the report). */
  logPath: string;
}

/**
 * Runs the simulated lifters in a child process whose DynamoDB endpoint is the counting proxy (run
 * here, so counting costs the measured process nothing), then joins the proxy's capacity figures
 * to the turns that caused them.
 */
export async function benchConversations(options: ConversationBenchOptions): Promise<ConversationFigures> {
  const counter = await startDynamoCallCounter({ upstream: options.dynamoEndpoint });
  const outputPath = join(options.workFolder, 'conversations.json');
  try {
    const log = createWriteStream(options.logPath);
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/conversation-run.ts'], {
      env: {
        ...options.environment,
        AWS_ENDPOINT_URL_DYNAMODB: counter.endpoint,
        BENCH_DYNAMO_DIRECT: options.dynamoEndpoint,
        BENCH_LIFTERS: String(options.lifters),
        BENCH_CONCURRENCY: String(options.concurrency),
        BENCH_OUTPUT: outputPath,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log, { end: false });
    child.stderr?.pipe(log, { end: false });
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', resolve);
    });
    await new Promise<void>((resolve) => log.end(resolve));
    if (code !== 0) {
      const tail = (await readFile(options.logPath, 'utf8')).slice(-1500);
      throw new ConversationBenchError(
        `the conversation run exited with ${code}; see ${options.logPath}:\n${tail}`,
      );
    }
    const run = JSON.parse(await readFile(outputPath, 'utf8')) as ConversationRunOutput;
    return conversationFigures(run, counter.requests, { concurrency: options.concurrency });
  } finally {
    await counter.close();
  }
}
