/**
 * The numbers the bench reports. Percentiles use the nearest-rank method: the p-th percentile is
 * a value that was actually measured (the smallest one with at least p% of the values at or below
 * it), so "p99 = 41 ms" means a real turn took 41 ms, not an interpolation between two turns.
 */

export class BenchStatsError extends Error {
  override name = 'BenchStatsError';
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new BenchStatsError('percentile of no values');
  if (!(p > 0 && p <= 100)) throw new BenchStatsError(`percentile must be in (0, 100]: ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[rank - 1] as number;
}

/** The middle value; with an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new BenchStatsError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new BenchStatsError('mean of no values');
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

export interface Distribution {
  count: number;
  min: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function distribution(values: readonly number[]): Distribution {
  return {
    count: values.length,
    min: Math.min(...values),
    mean: mean(values),
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    max: Math.max(...values),
  };
}

/** Rounds for display and for results.json, so the file does not carry float noise. */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
