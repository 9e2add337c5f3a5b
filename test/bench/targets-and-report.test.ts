import { describe, expect, it } from 'vitest';
import { parseBenchOptions } from '../../bench/options';
import { priceTable } from '../../bench/prices';
import { formatReport, formatTable } from '../../bench/report';
import type { BenchResults, ConversationFigures } from '../../bench/results';
import { checkTargets, verdict } from '../../bench/targets';

const coldStart = (name: string, coldStartMs: number) => ({
  name,
  runs: 10,
  importMs: coldStartMs * 0.7,
  firstInvokeMs: coldStartMs * 0.3,
  coldStartMs,
  sinceProcessStartMs: coldStartMs + 25,
  maxRssMb: 60,
});

const measuredWithoutConversations = {
  bundles: {
    skill: { path: 'dist/skill/index.mjs', rawBytes: 600_000, gzipBytes: 160_000 },
    baseline: { path: 'baseline.mjs', rawBytes: 400_000, gzipBytes: 120_000 },
    rawRatio: 1.5,
    gzipRatio: 160 / 120,
  },
  coldStart: { runs: 10, skill: coldStart('skill', 140), baseline: coldStart('baseline', 100), ratio: 1.4 },
};

const conversations = (overrides: Partial<ConversationFigures>): ConversationFigures => ({
  lifters: 2,
  concurrency: 2,
  completedWorkouts: 2,
  turns: 60,
  failedTurns: 0,
  lifterProblems: [],
  progressFailures: { records: 0, batchesGivenUp: 0 },
  setsSaid: 24,
  timedRests: 16,
  wallMs: 3000,
  turnsPerSecond: 20,
  latencyMs: { count: 60, min: 2, mean: 8, p50: 7, p95: 20, p99: 30, max: 31 },
  dynamoMsPerTurn: 3,
  requestsPerTurn: { reads: { mean: 1, max: 1 }, writes: { mean: 0.6, max: 1 } },
  questionOnlyWrites: { mean: 0, max: 0 },
  byIntent: [
    {
      intent: 'LogSetIntent',
      questionOnly: false,
      turns: 30,
      latencyMs: { p50: 8, p99: 30, max: 31 },
      reads: { mean: 1, max: 1 },
      writes: { mean: 1, max: 1 },
      readUnits: 1,
      writeUnits: 4,
    },
  ],
  perWorkout: {
    turns: 30,
    setsLogged: 12,
    skillReadUnits: 30,
    skillWriteUnits: 80,
    skillBilledMs: 300,
    progressInvocations: 1,
    progressBilledMs: 20,
    progressReadUnits: 2,
    progressWriteUnits: 8,
  },
  capacityAddedByBench: true,
  peakRssMb: 120,
  ...overrides,
});

describe('checkTargets', () => {
  it('judges each of the issue’s targets on the measured figures, at their limits inclusive', () => {
    const checks = checkTargets({
      ...measuredWithoutConversations,
      conversations: conversations({}),
      cost: {
        prices: {} as never,
        memoryMb: { skill: 512, progress: 256, source: 'test' },
        perThousandWorkouts: { dynamoDbUsd: 0.04, lambdaUsd: 0.01, totalUsd: 0.05 },
      },
    });
    expect(Object.fromEntries(checks.map((check) => [check.name, check.met]))).toEqual({
      'DynamoDB reads per turn': true,
      'DynamoDB writes per turn': true,
      'writes on question-only turns': true,
      'per-turn latency p99 (DynamoDB Local)': true,
      'cold start vs baseline': false,
      'bundle vs baseline (raw)': true,
      'cost per 1,000 workouts': true,
    });
  });

  it('fails a turn that makes a second write or a question that writes', () => {
    const checks = checkTargets({
      ...measuredWithoutConversations,
      conversations: conversations({
        requestsPerTurn: { reads: { mean: 1, max: 2 }, writes: { mean: 0.7, max: 2 } },
        questionOnlyWrites: { mean: 0.1, max: 1 },
        latencyMs: { count: 60, min: 2, mean: 8, p50: 7, p95: 20, p99: 50.5, max: 80 },
      }),
    });
    expect(checks.filter((check) => check.met === false).map((check) => check.name)).toEqual([
      'DynamoDB reads per turn',
      'DynamoDB writes per turn',
      'writes on question-only turns',
      'per-turn latency p99 (DynamoDB Local)',
      'cold start vs baseline',
    ]);
  });

  it('judges long-time lifters on the same limits and on read units against a new lifter', () => {
    const cost = (totalUsd: number) => ({
      prices: priceTable,
      memoryMb: { skill: 512, progress: 256, source: 'test' },
      perThousandWorkouts: { dynamoDbUsd: totalUsd, lambdaUsd: 0, totalUsd },
    });
    const longTime = (skillReadUnits: number, readsMax: number) => ({
      history: { workouts: 150, sets: 3000, lifts: 23 },
      conversations: conversations({
        requestsPerTurn: { reads: { mean: 1, max: readsMax }, writes: { mean: 0.6, max: 1 } },
        perWorkout: { ...conversations({}).perWorkout, skillReadUnits },
      }),
      cost: cost(0.08),
    });
    const judged = (parts: Parameters<typeof checkTargets>[0]) =>
      Object.fromEntries(
        checkTargets(parts)
          .filter((check) => check.name.startsWith('long-time'))
          .map((check) => [check.name, check.met]),
      );
    const base = { ...measuredWithoutConversations, conversations: conversations({}), cost: cost(0.04) };
    // A new lifter reads 30 RRU over 30 turns: 45 is exactly 1.5×.
    expect(judged({ ...base, longTime: longTime(45, 1) })).toEqual({
      'long-time lifter: read units per turn vs new': true,
      'long-time lifter: reads / writes per turn': true,
      'long-time lifter: cost per 1,000 workouts': false,
    });
    const slower = { ...base, longTime: longTime(46, 2) };
    const report = formatReport({
      takenAt: '2026-12-01T21:00:00.000Z',
      command: 'npm run bench',
      machine: {
        cpus: 2,
        cpuModel: 'test',
        node: 'v20',
        platform: 'linux',
        loadAverage: { atStart: 1, atEnd: 1 },
      },
      ...slower,
      targets: checkTargets(slower),
      notMeasured: [],
    });
    expect(report).toContain('long-time lifters (each with 150 workouts, 3000 sets, 23 lifts of history)');
    expect(report).toMatch(/read request units per turn\s+1\s+1\.53/);
    expect(report).toMatch(/cost per 1,000 workouts, \$\s+0\.04\s+0\.08/);
    expect(report).toMatch(/long-time lifter: read units per turn vs new\s+≤ 1\.5×\s+1\.53×.*NOT MET/);
    expect(judged(slower)).toMatchObject({
      'long-time lifter: read units per turn vs new': false,
      'long-time lifter: reads / writes per turn': false,
    });
  });

  it('says "not measured" rather than met when the conversation run did not happen', () => {
    const checks = checkTargets(measuredWithoutConversations);
    const unmeasured = checks.filter((check) => check.met === undefined).map((check) => check.name);
    expect(unmeasured).toHaveLength(8);
    expect(unmeasured).toContain('cost per 1,000 workouts');
    expect(verdict(undefined)).toBe('not measured');
    expect(verdict(false)).toBe('NOT MET');
  });
});

describe('the report', () => {
  it('lines up text left and numbers right under a rule', () => {
    expect(
      formatTable(
        ['name', 'ms'],
        [
          ['a', 1.5],
          ['longer', 12],
        ],
      ),
    ).toBe(['name     ms', '------  ---', 'a       1.5', 'longer   12'].join('\n'));
  });

  it('prints every target with its verdict and what was not measured', () => {
    const results: BenchResults = {
      takenAt: '2026-11-26T08:00:00.000Z',
      command: 'npm run bench',
      machine: {
        cpus: 2,
        cpuModel: 'test cpu',
        node: 'v20',
        platform: 'linux-x64',
        loadAverage: { atStart: 0.5, atEnd: 1.2 },
      },
      ...measuredWithoutConversations,
      targets: checkTargets(measuredWithoutConversations),
      notMeasured: ['conversations: skipped'],
    };
    const report = formatReport(results);
    expect(report).toMatch(/cold start vs baseline\s+≤ 1.3×\s+1.4× \(140 vs 100 ms\)\s+NOT MET/);
    expect(report).toMatch(/bundle vs baseline \(raw\)\s+≤ 1.5×\s+1.5× raw, 1.33× gzipped\s+met/);
    expect(report).toContain('  - conversations: skipped');
    expect(report).toContain('load average 0.5 → 1.2');
  });
});

describe('bench options', () => {
  it('defaults to 50 lifters, 10 at a time, 10 cold starts each', () => {
    expect(parseBenchOptions([])).toEqual({
      lifters: 50,
      concurrency: 10,
      coldRuns: 10,
      longTimeLifters: 3,
      historyWorkouts: 150,
      historySetsPerWorkout: 20,
      conversations: true,
      results: 'bench/results.json',
    });
  });

  it('reads the flags and never runs more at a time than there are lifters', () => {
    expect(parseBenchOptions(['--lifters', '4', '--concurrency', '8', '--cold-runs', '12'])).toMatchObject({
      lifters: 4,
      concurrency: 4,
      coldRuns: 12,
    });
  });

  it('refuses fewer than ten cold starts, non-numbers and unknown flags with the usage', () => {
    expect(() => parseBenchOptions(['--cold-runs', '3'])).toThrow(/≥ 10.*npm run bench --/);
    expect(() => parseBenchOptions(['--lifters', 'many'])).toThrow(/whole number/);
    expect(() => parseBenchOptions(['--fast'])).toThrow(/npm run bench --/);
  });
});
