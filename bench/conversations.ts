import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startDynamoCallCounter } from '../local/dynamo-call-counter';
import { conversationFigures } from './conversation-figures';
import type { ConversationRunOutput } from './conversation-run-output';
import type { ConversationFigures, LongTimeFigures } from './results';

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
  /** Lifters who already have a year of history, measured apart (0: none). */
  longTimeLifters: number;
  historyWorkouts: number;
  historySetsPerWorkout: number;
}

export interface ConversationBenchFigures {
  newLifters: ConversationFigures;
  longTime?: LongTimeFigures;
}

/**
 * Runs the simulated lifters in a child process whose DynamoDB endpoint is the counting proxy (run
 * here, so counting costs the measured process nothing), then joins the proxy's capacity figures
 * to the turns that caused them.
 */
export async function benchConversations(
  options: ConversationBenchOptions,
): Promise<ConversationBenchFigures> {
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
        BENCH_LONG_TIME_LIFTERS: String(options.longTimeLifters),
        BENCH_HISTORY_WORKOUTS: String(options.historyWorkouts),
        BENCH_HISTORY_SETS_PER_WORKOUT: String(options.historySetsPerWorkout),
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
    const figureOptions = { concurrency: options.concurrency };
    const newLifters = conversationFigures(run, counter.requests, figureOptions);
    if (!run.longTime) return { newLifters };
    const { lifters, progress, wallMs, history } = run.longTime;
    const longTimeRun = { ...run, lifters, progress, wallMs, soloTurns: [], progressFailedBatches: 0 };
    return {
      newLifters,
      longTime: { history, conversations: conversationFigures(longTimeRun, counter.requests, figureOptions) },
    };
  } finally {
    await counter.close();
  }
}
