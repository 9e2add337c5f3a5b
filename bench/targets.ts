import type { BenchResults, ConversationFigures } from './results';
import { round } from './stats';

/**
 * Issue #8's targets. The bench prints each as met / not met; no test asserts them, because a
 * timing measured on a shared machine is a figure to read, not a fact to gate on.
 */
export interface TargetCheck {
  name: string;
  target: string;
  measured: string;
  /** undefined: this run did not measure it. */
  met: boolean | undefined;
}

export const targetLimits = {
  readsPerTurn: 1,
  writesPerTurn: 1,
  questionOnlyWrites: 0,
  turnP99Ms: 50,
  coldStartRatio: 1.3,
  bundleRatio: 1.5,
  usdPerThousandWorkouts: 0.05,
  /** A long-time lifter's read units per turn against a new lifter's (the floor: the same). */
  longTimeReadUnitsRatio: 1.5,
} as const;

type MeasuredParts = Pick<BenchResults, 'bundles' | 'coldStart' | 'conversations' | 'cost' | 'longTime'>;

/** Mean read request units of the skill per turn. */
export function readUnitsPerTurn(conversations: ConversationFigures): number {
  return conversations.perWorkout.skillReadUnits / conversations.perWorkout.turns;
}

export function checkTargets(results: MeasuredParts): TargetCheck[] {
  const conversations = results.conversations;
  const notMeasured = 'not measured';
  return [
    {
      name: 'DynamoDB reads per turn',
      target: `≤ ${targetLimits.readsPerTurn}`,
      measured: conversations ? `max ${conversations.requestsPerTurn.reads.max}` : notMeasured,
      met: conversations && conversations.requestsPerTurn.reads.max <= targetLimits.readsPerTurn,
    },
    {
      name: 'DynamoDB writes per turn',
      target: `≤ ${targetLimits.writesPerTurn}`,
      measured: conversations ? `max ${conversations.requestsPerTurn.writes.max}` : notMeasured,
      met: conversations && conversations.requestsPerTurn.writes.max <= targetLimits.writesPerTurn,
    },
    {
      name: 'writes on question-only turns',
      target: `${targetLimits.questionOnlyWrites}`,
      measured: conversations ? `max ${conversations.questionOnlyWrites.max}` : notMeasured,
      met: conversations && conversations.questionOnlyWrites.max <= targetLimits.questionOnlyWrites,
    },
    {
      name: 'per-turn latency p99 (DynamoDB Local)',
      target: `≤ ${targetLimits.turnP99Ms} ms`,
      measured: conversations ? `${round(conversations.latencyMs.p99, 1)} ms` : notMeasured,
      met: conversations && conversations.latencyMs.p99 <= targetLimits.turnP99Ms,
    },
    {
      name: 'cold start vs baseline',
      target: `≤ ${targetLimits.coldStartRatio}×`,
      measured: `${round(results.coldStart.ratio)}× (${round(results.coldStart.skill.coldStartMs, 1)} vs ${round(results.coldStart.baseline.coldStartMs, 1)} ms)`,
      met: results.coldStart.ratio <= targetLimits.coldStartRatio,
    },
    {
      name: 'bundle vs baseline (raw)',
      target: `≤ ${targetLimits.bundleRatio}×`,
      measured: `${round(results.bundles.rawRatio)}× raw, ${round(results.bundles.gzipRatio)}× gzipped`,
      met: results.bundles.rawRatio <= targetLimits.bundleRatio,
    },
    {
      name: 'cost per 1,000 workouts',
      target: `≤ $${targetLimits.usdPerThousandWorkouts}`,
      measured: results.cost ? `$${round(results.cost.perThousandWorkouts.totalUsd, 4)}` : notMeasured,
      met: results.cost && results.cost.perThousandWorkouts.totalUsd <= targetLimits.usdPerThousandWorkouts,
    },
    ...longTimeTargets(results),
  ];
}

/** The long-time lifters' own checks: the same limits, and read units against a new lifter's. */
function longTimeTargets(results: MeasuredParts): TargetCheck[] {
  const longTime = results.longTime?.conversations;
  const fresh = results.conversations;
  const notMeasured = 'not measured';
  const ratio = longTime && fresh ? readUnitsPerTurn(longTime) / readUnitsPerTurn(fresh) : undefined;
  const cost = results.longTime?.cost.perThousandWorkouts.totalUsd;
  return [
    {
      name: 'long-time lifter: read units per turn vs new',
      target: `≤ ${targetLimits.longTimeReadUnitsRatio}×`,
      measured:
        ratio !== undefined && longTime && fresh
          ? `${round(ratio)}× (${round(readUnitsPerTurn(longTime))} vs ${round(readUnitsPerTurn(fresh))} RRU)`
          : notMeasured,
      met: ratio === undefined ? undefined : ratio <= targetLimits.longTimeReadUnitsRatio,
    },
    {
      name: 'long-time lifter: reads / writes per turn',
      target: `≤ ${targetLimits.readsPerTurn} / ≤ ${targetLimits.writesPerTurn}`,
      measured: longTime
        ? `max ${longTime.requestsPerTurn.reads.max} / ${longTime.requestsPerTurn.writes.max}`
        : notMeasured,
      met:
        longTime &&
        longTime.requestsPerTurn.reads.max <= targetLimits.readsPerTurn &&
        longTime.requestsPerTurn.writes.max <= targetLimits.writesPerTurn,
    },
    {
      name: 'long-time lifter: cost per 1,000 workouts',
      target: `≤ $${targetLimits.usdPerThousandWorkouts}`,
      measured: cost === undefined ? notMeasured : `$${round(cost, 4)}`,
      met: cost === undefined ? undefined : cost <= targetLimits.usdPerThousandWorkouts,
    },
  ];
}

export function verdict(met: boolean | undefined): string {
  if (met === undefined) return 'not measured';
  return met ? 'met' : 'NOT MET';
}
