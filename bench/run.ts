import { cpus, loadavg } from 'node:os';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createAlexaSession } from '../local/alexa-requests';
import { localCredentials, localRegion, useLocalAwsEnvironment } from '../local/aws-local';
import { startDynamoLocal } from '../local/dynamo-local';
import { ensureTable } from '../local/table';
import { buildBenchArtifacts, bundleSize } from './build-artifacts';
import { measureColdStarts } from './cold-start';
import { benchConversations } from './conversations';
import { readDeployedNodeEnvironment, readLambdaMemory } from './deployed-config';
import { parseBenchOptions } from './options';
import { costPerThousandWorkouts, priceTable } from './prices';
import { formatReport } from './report';
import { type BenchResults, type ConversationFigures, type CostFigures, writeResults } from './results';
import { checkTargets } from './targets';

/**
 * `npm run bench` (after `npm run build`): bundle sizes and cold starts side by side with a baseline
 * built here, then the conversation run, on a DynamoDB Local of its own. Prints the table and
 * writes bench/results.json.
 */
const benchSkillId = 'amzn1.ask.skill.be4c0a5e-0000-4000-8000-00000000be4c';
const skillBundle = 'dist/skill/index.mjs';
// Git-ignored (*.log): the functions' own log lines from the conversation run.
const conversationLog = 'bench/conversations.log';

// Node 20 here; the SDK's notice about its future Node 22 floor is known (pinned) and only clutters.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const options = parseBenchOptions(process.argv.slice(2));
const loadAtStart = loadavg()[0] ?? 0;
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

log('starting DynamoDB Local');
// Two cores shared with other work can make the JVM slow to answer its first request.
const dynamo = await startDynamoLocal({ readyTimeoutMs: 60_000 });
const artifacts = await buildBenchArtifacts();
// An interrupted bench must not leave a DynamoDB Local JVM running on a shared machine.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void Promise.allSettled([dynamo.stop(), artifacts.remove()]).then(() => process.exit(130));
  });
}
try {
  useLocalAwsEnvironment(dynamo.endpoint);
  const tableName = `lift-coach-bench-${Date.now()}`;
  const client = new DynamoDBClient({});
  await ensureTable(client, tableName);
  client.destroy();

  const [skillSize, baselineSize] = await Promise.all([
    bundleSize(skillBundle),
    bundleSize(artifacts.baselineBundle),
  ]);

  log(`cold starts: ${options.coldRuns} fresh processes each for the skill and the baseline`);
  const functionEnvironment = {
    PATH: process.env.PATH ?? '',
    TABLE_NAME: tableName,
    SKILL_ID: benchSkillId,
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    AWS_REGION: localRegion,
    AWS_ACCESS_KEY_ID: localCredentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: localCredentials.secretAccessKey,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...(await readDeployedNodeEnvironment()),
  };
  const [skillColdStart, baselineColdStart] = await measureColdStarts(
    [
      { name: 'skill', bundle: skillBundle },
      { name: 'baseline', bundle: artifacts.baselineBundle },
    ],
    {
      probe: artifacts.probe,
      envelope: createAlexaSession({ skillId: benchSkillId }).launch(),
      environment: functionEnvironment,
      runs: options.coldRuns,
      workFolder: artifacts.folder,
    },
  );
  if (!skillColdStart || !baselineColdStart) throw new Error('cold start measured nothing');

  const notMeasured: string[] = [];
  let conversations: ConversationFigures | undefined;
  let cost: CostFigures | undefined;
  let longTime: BenchResults['longTime'];
  if (!options.conversations) {
    notMeasured.push('conversations: skipped (--no-conversations)');
  } else {
    log(
      `conversations: ${options.lifters} simulated lifters, ${options.concurrency} at a time, then ` +
        `${options.longTimeLifters} long-time lifters (${options.historyWorkouts} workouts of history each; logs: ${conversationLog})`,
    );
    try {
      const figures = await benchConversations({
        lifters: options.lifters,
        concurrency: options.concurrency,
        dynamoEndpoint: dynamo.endpoint,
        environment: functionEnvironment,
        workFolder: artifacts.folder,
        logPath: conversationLog,
        longTimeLifters: options.longTimeLifters,
        historyWorkouts: options.historyWorkouts,
        historySetsPerWorkout: options.historySetsPerWorkout,
      });
      conversations = figures.newLifters;
      cost = await costOf(conversations);
      if (figures.longTime) {
        longTime = { ...figures.longTime, cost: await costOf(figures.longTime.conversations) };
      }
    } catch (error) {
      notMeasured.push(`conversations: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const measured = {
    bundles: {
      skill: skillSize,
      baseline: baselineSize,
      rawRatio: skillSize.rawBytes / baselineSize.rawBytes,
      gzipRatio: skillSize.gzipBytes / baselineSize.gzipBytes,
    },
    coldStart: {
      runs: options.coldRuns,
      skill: skillColdStart,
      baseline: baselineColdStart,
      ratio: skillColdStart.coldStartMs / baselineColdStart.coldStartMs,
    },
    ...(conversations ? { conversations } : {}),
    ...(cost ? { cost } : {}),
    ...(longTime ? { longTime } : {}),
  };
  const cpu = cpus();
  const results: BenchResults = {
    takenAt: new Date().toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.replace(/ -- $/, ''),
    machine: {
      cpus: cpu.length,
      cpuModel: cpu[0]?.model.trim() ?? 'unknown',
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      loadAverage: { atStart: loadAtStart, atEnd: loadavg()[0] ?? 0 },
    },
    ...measured,
    targets: checkTargets(measured),
    notMeasured,
  };
  process.stdout.write(formatReport(results));
  await writeResults(options.results, results);
  log(`wrote ${options.results}`);
} finally {
  await artifacts.remove();
  await dynamo.stop();
}

/** Dollars per 1,000 workouts: measured capacity and billed duration at the configured memory. */
async function costOf(conversations: ConversationFigures): Promise<CostFigures> {
  const memory = await readLambdaMemory();
  const perWorkout = conversations.perWorkout;
  return {
    prices: priceTable,
    memoryMb: memory,
    perThousandWorkouts: costPerThousandWorkouts({
      readUnits: perWorkout.skillReadUnits + perWorkout.progressReadUnits,
      writeUnits: perWorkout.skillWriteUnits + perWorkout.progressWriteUnits,
      lambda: [
        { invocations: perWorkout.turns, billedMs: perWorkout.skillBilledMs, memoryMb: memory.skill },
        {
          // The local poller hands a lifter's sets over in a few batches; deployed, a 1 s batching
          // window (infra/progress-function.ts) and rests of 30 s or more make one invocation per
          // set. Requests are billed that way; the work (billed ms) is per record either way.
          invocations: Math.max(perWorkout.progressInvocations, perWorkout.setsLogged),
          billedMs: perWorkout.progressBilledMs,
          memoryMb: memory.progress,
        },
      ],
    }),
  };
}
