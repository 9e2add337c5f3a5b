import { writeFile } from 'node:fs/promises';
import type { BundleSize } from './build-artifacts';
import type { ColdStartSummary } from './cold-start';
import type { LongTimeHistory } from './conversation-run-output';
import type { CostPerThousandWorkouts, PriceTable } from './prices';
import type { Distribution } from './stats';
import type { TargetCheck } from './targets';

/** The shape of `bench/results.json` (git-ignored; the README quotes a dated run). */
export interface BenchResults {
  takenAt: string;
  command: string;
  machine: {
    cpus: number;
    cpuModel: string;
    node: string;
    platform: string;
    /** 1-minute load average when the bench started and ended: timings on a busy machine run long. */
    loadAverage: { atStart: number; atEnd: number };
  };
  bundles: { skill: BundleSize; baseline: BundleSize; rawRatio: number; gzipRatio: number };
  coldStart: { runs: number; skill: ColdStartSummary; baseline: ColdStartSummary; ratio: number };
  conversations?: ConversationFigures;
  cost?: CostFigures;
  /** The same workout by lifters who already have a year of history. */
  longTime?: LongTimeFigures & { cost: CostFigures };
  targets: TargetCheck[];
  /** What this run could not measure, and why. */
  notMeasured: string[];
}

export interface CountFigures {
  mean: number;
  max: number;
}

export interface IntentFigures {
  intent: string;
  questionOnly: boolean;
  turns: number;
  latencyMs: Pick<Distribution, 'p50' | 'p99' | 'max'>;
  reads: CountFigures;
  writes: CountFigures;
  readUnits: number;
  writeUnits: number;
}

export interface ConversationFigures {
  lifters: number;
  concurrency: number;
  completedWorkouts: number;
  turns: number;
  /** Turns the skill answered with its catch-all error line. */
  failedTurns: number;
  /** Why lifters stopped before the end, with how many stopped for each reason. */
  lifterProblems: { problem: string; lifters: number }[];
  /** Progress Lambda: records it reported as failed, and batches given up on after retries. */
  progressFailures: { records: number; batchesGivenUp: number };
  /** Sets the lifters said (each should be stored exactly once). */
  setsSaid: number;
  /** Rests counted by a Timers API timer that came back through the ResumeWorkout task. */
  timedRests: number;
  wallMs: number;
  turnsPerSecond: number;
  latencyMs: Distribution;
  /** Mean time per turn spent waiting for DynamoDB Local (the rest is the skill, the Timers API and the CPU queue). */
  dynamoMsPerTurn: number;
  /** Lifters one at a time (no other turn in the event loop, as in a Lambda environment). */
  soloLatencyMs?: Distribution;
  soloDynamoMsPerTurn?: number;
  requestsPerTurn: { reads: CountFigures; writes: CountFigures };
  questionOnlyWrites: CountFigures;
  byIntent: IntentFigures[];
  perWorkout: {
    turns: number;
    setsLogged: number;
    skillReadUnits: number;
    skillWriteUnits: number;
    skillBilledMs: number;
    progressInvocations: number;
    progressBilledMs: number;
    progressReadUnits: number;
    progressWriteUnits: number;
  };
  /** DynamoDB capacity the counter asked for on the application's behalf (see local/dynamo-call-counter.ts). */
  capacityAddedByBench: boolean;
  peakRssMb: number;
}

export interface LongTimeFigures {
  history: LongTimeHistory;
  conversations: ConversationFigures;
}

export interface CostFigures {
  prices: PriceTable;
  memoryMb: { skill: number; progress: number; source: string };
  perThousandWorkouts: CostPerThousandWorkouts;
}

export async function writeResults(path: string, results: BenchResults): Promise<void> {
  await writeFile(path, `${JSON.stringify(results, null, 2)}\n`);
}
