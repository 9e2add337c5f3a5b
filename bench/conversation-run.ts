import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { createStore } from '../lambda/store';
import { newUserId } from '../local/alexa-requests';
import { DynamoRequestTracker, type TrackedRequest } from '../local/dynamo-call-counter';
import { seedSetHistory } from '../local/set-history';
import { type SkillHandler, simulateLifter } from '../local/simulated-lifter';
import { createStreamPoller } from '../local/stream-poller';
import { TimersEmulator } from '../local/timers-emulator';
import type {
  ConversationRunOutput,
  MeasuredLifter,
  MeasuredTurn,
  ProgressInvocation,
} from './conversation-run-output';

/**
 * The conversation run, in a process of its own so its peak RSS is the skill's and not the bench's,
 * and the functions' logs go to a file instead of the report. The parent passes the endpoints in the
 * environment: AWS_ENDPOINT_URL_DYNAMODB is the counting proxy (what the bundles use), and
 * BENCH_DYNAMO_DIRECT is DynamoDB Local itself (what the lifters read their targets through, so those
 * reads are not counted as the skill's).
 */

export class ConversationRunError extends Error {
  override name = 'ConversationRunError';
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new ConversationRunError(`${name} is not set (the bench sets it)`);
  return value;
}

const lifterCount = Number(required('BENCH_LIFTERS'));
const concurrency = Number(required('BENCH_CONCURRENCY'));
const outputPath = required('BENCH_OUTPUT');
const tableName = required('TABLE_NAME');
const skillId = required('SKILL_ID');
const counterEndpoint = required('AWS_ENDPOINT_URL_DYNAMODB');
const directEndpoint = required('BENCH_DYNAMO_DIRECT');
const soloLifters = Number(process.env.BENCH_SOLO_LIFTERS ?? 3);
const longTimeLifters = Number(process.env.BENCH_LONG_TIME_LIFTERS ?? 0);
const historyWorkouts = Number(process.env.BENCH_HISTORY_WORKOUTS ?? 150);
const historySetsPerWorkout = Number(process.env.BENCH_HISTORY_SETS_PER_WORKOUT ?? 20);

const importBundle = async <T>(name: string): Promise<T> =>
  ((await import(pathToFileURL(resolve('dist', name, 'index.mjs')).href)) as { handler: T }).handler;

const skillHandler = await importBundle<SkillHandler>('skill');
const progressHandler =
  await importBundle<(event: DynamoDBStreamEvent, context: unknown) => Promise<DynamoDBBatchResponse>>(
    'progress',
  );

const tracker = new DynamoRequestTracker(counterEndpoint);
const directClient = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: directEndpoint }));
const refereeStore = createStore({ documentClient: directClient, tableName });

const progress: ProgressInvocation[] = [];
// The poller stands in for Lambda's event source mapping; its own stream reads go straight to
// DynamoDB Local (stream reads by a Lambda trigger are not billed as request units).
const streamsClient = new DynamoDBStreamsClient({ endpoint: directEndpoint });
const describeClient = new DynamoDBClient({ endpoint: directEndpoint });
const poller = createStreamPoller({
  tableName,
  streamsClient,
  dynamoClient: describeClient,
  handler: async (event, context) => {
    const started = performance.now();
    const { value, requests } = await tracker.track(() => progressHandler(event, context));
    progress.push({
      records: event.Records.length,
      durationMs: performance.now() - started,
      failedRecords: value.batchItemFailures.length,
      requests,
    });
    return value;
  },
});
await poller.start();

async function runLifter(index: number, userId?: string): Promise<MeasuredLifter> {
  const timers = await TimersEmulator.start({ permissionGranted: false });
  const requestsByTurn = new Map<string, TrackedRequest[]>();
  try {
    const report = await simulateLifter({
      handler: skillHandler,
      skillId,
      timers,
      store: refereeStore,
      seed: 1000 + index,
      ...(userId ? { userId } : {}),
      aroundTurn: async (info, send) => {
        const { value, requests } = await tracker.track(send);
        requestsByTurn.set(info.requestId, requests);
        return value;
      },
    });
    return {
      ...report,
      turns: report.turns.map((turn) => ({
        name: turn.name,
        questionOnly: turn.questionOnly,
        latencyMs: turn.latencyMs,
        errorAnswer: turn.errorAnswer,
        requests: requestsByTurn.get(turn.requestId) ?? [],
      })),
    };
  } finally {
    await timers.close();
  }
}

// Long-time lifters get their year of history first, through the store's own set write, and the
// progress Lambda folds it into stats and summaries behind the poller; that work is not counted.
const historyStartsAt = new Date(Date.now() - historyWorkouts * (7 / 3) * 24 * 3_600_000 - 24 * 3_600_000);
const longTimeUsers = Array.from({ length: longTimeLifters }, () => newUserId());
const seeded = await Promise.all(
  longTimeUsers.map((userId) =>
    seedSetHistory(refereeStore, userId, {
      workouts: historyWorkouts,
      setsPerWorkout: historySetsPerWorkout,
      firstWorkoutAt: historyStartsAt,
    }),
  ),
);
await poller.drain(30 * 60_000);

// One lifter to warm the process (JIT, connections: a warm Lambda has those; its cold start is
// measured apart), then a few alone, as a Lambda environment serves one request at a time: their
// latency has no other lifter's turn in the same event loop. Their progress work is not counted.
await runLifter(-1);
const soloTurns: MeasuredTurn[] = [];
for (let index = 0; index < soloLifters; index += 1) {
  soloTurns.push(...(await runLifter(100_000 + index)).turns);
}
await poller.drain(60_000);
progress.length = 0;

const started = performance.now();
const lifters: MeasuredLifter[] = new Array(lifterCount);
let next = 0;
await Promise.all(
  Array.from({ length: Math.min(concurrency, lifterCount) }, async () => {
    while (next < lifterCount) {
      const index = next++;
      lifters[index] = await runLifter(index);
    }
  }),
);
const wallMs = performance.now() - started;
await poller.drain(60_000);
const newLifterProgress = progress.splice(0);

// Then the long-time lifters, counted apart: the same workout on top of their history.
const longTimeStarted = performance.now();
const longTime: MeasuredLifter[] = new Array(longTimeLifters);
let nextLongTime = 0;
await Promise.all(
  Array.from({ length: Math.min(concurrency, longTimeLifters) }, async () => {
    while (nextLongTime < longTimeLifters) {
      const index = nextLongTime++;
      longTime[index] = await runLifter(200_000 + index, longTimeUsers[index]);
    }
  }),
);
const longTimeWallMs = performance.now() - longTimeStarted;
await poller.drain(60_000);
await poller.stop();
streamsClient.destroy();
describeClient.destroy();
tracker.close();
directClient.destroy();

const output: ConversationRunOutput = {
  lifters,
  progress: newLifterProgress,
  ...(longTimeLifters > 0
    ? {
        longTime: {
          lifters: longTime,
          progress,
          wallMs: longTimeWallMs,
          history: {
            workouts: historyWorkouts,
            sets: seeded[0]?.sets ?? 0,
            lifts: seeded[0]?.exercises.length ?? 0,
          },
        },
      }
    : {}),
  soloTurns,
  progressFailedBatches: poller.failedBatches.length,
  wallMs,
  peakRssKb: process.resourceUsage().maxRSS,
};
await writeFile(outputPath, JSON.stringify(output));
process.exit(0);
