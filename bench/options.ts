import { parseArgs } from 'node:util';

export interface BenchOptions {
  lifters: number;
  concurrency: number;
  coldRuns: number;
  /** Lifters who already have a year of history, measured after the others. */
  longTimeLifters: number;
  historyWorkouts: number;
  historySetsPerWorkout: number;
  /** Skip the conversation run (cold start and bundle only). */
  conversations: boolean;
  results: string;
}

export class BenchOptionsError extends Error {
  override name = 'BenchOptionsError';
}

export const benchUsage = `npm run bench -- [--lifters 50] [--concurrency 10] [--long-time-lifters 3] [--history-workouts 150] [--history-sets-per-workout 20] [--cold-runs 10] [--no-conversations] [--results bench/results.json]`;

function wholeNumber(name: string, text: string | undefined, fallback: number, minimum = 1): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum) {
    throw new BenchOptionsError(
      `--${name} must be a whole number ≥ ${minimum}, got "${text}". ${benchUsage}`,
    );
  }
  return value;
}

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (cause) {
    throw new BenchOptionsError(`${(cause as Error).message}. ${benchUsage}`, { cause });
  }
  const { values } = parsed;
  const lifters = wholeNumber('lifters', values.lifters, 50);
  return {
    lifters,
    concurrency: Math.min(lifters, wholeNumber('concurrency', values.concurrency, 10)),
    // A median of fewer than ten fresh processes moves too much from run to run to compare.
    coldRuns: wholeNumber('cold-runs', values['cold-runs'], 10, 10),
    longTimeLifters: wholeNumber('long-time-lifters', values['long-time-lifters'], 3, 0),
    historyWorkouts: wholeNumber('history-workouts', values['history-workouts'], 150),
    historySetsPerWorkout: wholeNumber('history-sets-per-workout', values['history-sets-per-workout'], 20),
    conversations: !values['no-conversations'],
    results: values.results ?? 'bench/results.json',
  };
}

function parseOptions(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: {
      lifters: { type: 'string' },
      concurrency: { type: 'string' },
      'cold-runs': { type: 'string' },
      'long-time-lifters': { type: 'string' },
      'history-workouts': { type: 'string' },
      'history-sets-per-workout': { type: 'string' },
      'no-conversations': { type: 'boolean' },
      results: { type: 'string' },
    },
    strict: true,
  });
}
