import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createStore,
  liftSnapshotSchema,
  loggedSetSchema,
  type Store,
  statsKeyPrefix,
  summaryKeyPrefix,
  workoutSummarySchema,
} from '../../lambda/store';
import { type LifterReport, simulateLifter } from '../../local/simulated-lifter';
import { type LambdaHandler, lambdaContext, loadBundleHandler } from '../../local/skill-runtime';
import { createStreamPoller, type StreamPoller } from '../../local/stream-poller';
import { TimersEmulator } from '../../local/timers-emulator';
import { captureOutput } from '../reliability/support/captured-output';
import { testSkillId } from '../support/alexa';
import { useFreshTable } from '../support/dynamo';
import { type StoredLifter, setProblems, statsProblems } from './expectations';
import { runPool } from './pool';

/**
 * 200 simulated lifters, 50 at a time, each a whole workout through the BUILT skill bundle against
 * DynamoDB Local, with the built progress bundle fed by the stream poller as the event source
 * mapping would. Afterwards the table is read in full and checked against what every lifter said.
 * LOAD_LIFTERS / LOAD_CONCURRENCY exist only to try the harness quickly; CI runs the defaults.
 */
const lifterCount = Number(process.env.LOAD_LIFTERS ?? 200);
const concurrency = Number(process.env.LOAD_CONCURRENCY ?? 50);

const table = useFreshTable();
let skill: LambdaHandler<RequestEnvelope, ResponseEnvelope>;
let poller: StreamPoller;
let referee: Store;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.env.SKILL_ID = testSkillId;
  // Functions log at INFO as deployed; the lines are captured and searched for errors below.
  skill = await loadBundleHandler<RequestEnvelope, ResponseEnvelope>('skill');
  const progress = await loadBundleHandler<DynamoDBStreamEvent, DynamoDBBatchResponse>('progress');
  referee = createStore({ documentClient: table.documentClient, tableName: table.name });
  poller = createStreamPoller({
    tableName: table.name,
    handler: (event) => progress(event, lambdaContext('lift-coach-progress', 60_000)),
  });
  await poller.start();
  process.on('unhandledRejection', onUnhandled);
  process.on('uncaughtException', onUnhandled);
});

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  process.off('uncaughtException', onUnhandled);
  await poller?.stop();
});

async function runLifter(index: number): Promise<LifterReport> {
  const timers = await TimersEmulator.start();
  try {
    return await simulateLifter({
      handler: skill,
      skillId: testSkillId,
      timers,
      store: referee,
      seed: 9000 + index,
    });
  } finally {
    await timers.close();
  }
}

/** The whole table, by lifter: a test may Scan; the skill never does. */
async function readTable(): Promise<Map<string, StoredLifter>> {
  const byUser = new Map<string, StoredLifter>();
  const entry = (pk: string) => {
    let stored = byUser.get(pk);
    if (!stored) {
      stored = { sets: [], stats: new Map(), summaries: [] };
      byUser.set(pk, stored);
    }
    return stored;
  };
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await table.documentClient.send(
      new ScanCommand({ TableName: table.name, ConsistentRead: true, ExclusiveStartKey: startKey }),
    );
    for (const item of page.Items ?? []) {
      const pk = String(item.PK);
      const sk = String(item.SK);
      if (sk.startsWith('LOG#')) entry(pk).sets.push({ ...loggedSetSchema.parse(item), SK: sk });
      else if (sk.startsWith(statsKeyPrefix))
        entry(pk).stats.set(sk.slice(statsKeyPrefix.length), liftSnapshotSchema.parse(item));
      else if (sk.startsWith(summaryKeyPrefix)) entry(pk).summaries.push(workoutSummarySchema.parse(item));
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return byUser;
}

function errorLines(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => /"level"\s*:\s*"(ERROR|CRITICAL)"/i.test(line))
    .map((line) => line.slice(0, 300));
}

describe(`${lifterCount} lifters, ${concurrency} at a time, through the built skill and progress bundles`, () => {
  it('store every set said exactly once, keep stats that agree with the sets, and raise no errors', async () => {
    const started = performance.now();
    const { result: run, output } = await captureOutput(() =>
      runPool(
        Array.from({ length: lifterCount }, (_, index) => index),
        concurrency,
        runLifter,
      ),
    );
    const workoutsMs = performance.now() - started;
    const { output: drainOutput } = await captureOutput(() => poller.drain(240_000));
    const totalMs = performance.now() - started;

    const reports = run.results.filter((report): report is LifterReport => report !== undefined);
    const turns = reports.reduce((sum, report) => sum + report.turns.length, 0);
    const sets = reports.reduce((sum, report) => sum + report.setsSaid.length, 0);
    const latencies = reports
      .flatMap((report) => report.turns.map((turn) => turn.latencyMs))
      .sort((a, b) => a - b);
    const percentile = (p: number) => (latencies[Math.floor((latencies.length - 1) * p)] ?? 0).toFixed(1);
    console.info(
      [
        `handler latency p50 ${percentile(0.5)} ms, p95 ${percentile(0.95)} ms, max ${percentile(1)} ms;`,
        `load: ${reports.length} workouts, ${turns} turns, ${sets} sets in ${(workoutsMs / 1000).toFixed(1)} s`,
        `(${((turns * 1000) / workoutsMs).toFixed(0)} turns/s, ${((reports.length * 60_000) / workoutsMs).toFixed(0)} workouts/min,`,
        `${concurrency} concurrent); stream drained after ${(totalMs / 1000).toFixed(1)} s,`,
        `${poller.invocations} progress invocations`,
      ].join(' '),
    );

    expect(run.failures.map(({ index, error }) => `lifter ${index}: ${String(error)}`)).toEqual([]);
    expect(unhandled.map(String)).toEqual([]);
    expect(errorLines(output.text + drainOutput.text)).toEqual([]);
    expect(poller.failedBatches).toEqual([]);
    const unfinished = reports.flatMap((report, index) =>
      report.completed ? [] : [`lifter ${index}: ${report.problem ?? 'did not finish'}`],
    );
    expect(unfinished).toEqual([]);
    const errorAnswers = reports.flatMap((report, index) =>
      report.turns.filter((turn) => turn.errorAnswer).map((turn) => `lifter ${index}: ${turn.name}`),
    );
    expect(errorAnswers).toEqual([]);

    const stored = await readTable();
    const problems = reports.flatMap((report, index) => {
      const lifter = `lifter ${index}`;
      const mine = stored.get(`USER#${report.userKey}`) ?? { sets: [], stats: new Map(), summaries: [] };
      return [...setProblems(lifter, report, mine), ...statsProblems(lifter, mine)];
    });
    expect(problems).toEqual([]);
    expect(sets).toBeGreaterThan(lifterCount * 5);
  });
});
