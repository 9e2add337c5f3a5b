import { describe, expect, it } from 'vitest';
import { conversationFigures } from '../../bench/conversation-figures';
import type {
  ConversationRunOutput,
  MeasuredLifter,
  MeasuredTurn,
} from '../../bench/conversation-run-output';
import type { CountedRequest, TrackedRequest } from '../../local/dynamo-call-counter';

let sequence = 0;
const query = (): TrackedRequest => ({ key: `q${++sequence}/attempt=1`, operation: 'Query', kind: 'read' });
const transact = (): TrackedRequest => ({
  key: `t${++sequence}/attempt=1`,
  operation: 'TransactWriteItems',
  kind: 'write',
});

const turn = (
  name: string,
  latencyMs: number,
  requests: TrackedRequest[],
  questionOnly = false,
): MeasuredTurn => ({
  name,
  questionOnly,
  latencyMs,
  errorAnswer: false,
  requests,
});

const lifter = (turns: MeasuredTurn[], overrides: Partial<MeasuredLifter> = {}): MeasuredLifter => ({
  userId: 'user',
  userKey: 'user',
  persona: {
    goal: 'strength',
    level: 'beginner',
    unit: 'kg',
    equipment: 'full-gym',
    statedMaxes: [],
    locale: 'en-GB',
  },
  turns,
  setsSaid: [],
  timedRests: 1,
  completed: true,
  ...overrides,
});

/** What the counting proxy would have reported for these requests. */
function counted(
  run: ConversationRunOutput,
  units: (request: TrackedRequest) => [number, number],
): CountedRequest[] {
  const all = [
    ...run.lifters.flatMap((entry) => entry.turns.flatMap((t) => t.requests)),
    ...run.progress.flatMap((p) => p.requests),
    ...run.soloTurns.flatMap((t) => t.requests),
  ];
  return all.map((request) => {
    const [readUnits, writeUnits] = units(request);
    return { ...request, status: 200, readUnits, writeUnits, capacityAddedByCounter: true, upstreamMs: 2 };
  });
}

describe('conversationFigures', () => {
  const logA = [query(), transact()];
  const run: ConversationRunOutput = {
    lifters: [
      lifter([
        turn('LaunchRequest', 10, [query()]),
        turn('LogSetIntent', 20, logA),
        turn('HowMuchWeightIntent', 4, [query()], true),
      ]),
      lifter(
        [turn('LaunchRequest', 12, [query()]), turn('LogSetIntent', 30.2, [query(), transact(), transact()])],
        { completed: false, problem: 'gave up after 400 turns', timedRests: 0 },
      ),
    ],
    progress: [{ records: 2, durationMs: 8.5, failedRecords: 0, requests: [query(), transact()] }],
    soloTurns: [
      turn('LaunchRequest', 5, [query()]),
      turn('LogSetIntent', 7, [query(), transact()]),
      turn('NextSetIntent', 9, []),
    ],
    progressFailedBatches: 0,
    wallMs: 2000,
    peakRssKb: 204_800,
  };
  const figures = conversationFigures(
    run,
    counted(run, (request) => (request.kind === 'read' ? [1, 0] : [0, 2])),
    { concurrency: 2 },
  );

  it('counts reads and writes per turn from the requests each turn sent', () => {
    expect(figures.turns).toBe(5);
    expect(figures.requestsPerTurn.reads).toEqual({ mean: 1, max: 1 });
    expect(figures.requestsPerTurn.writes).toEqual({ mean: 0.6, max: 2 });
    // Eight skill requests of 2 ms over five turns.
    expect(figures.dynamoMsPerTurn).toBeCloseTo(3.2, 10);
    expect(figures.questionOnlyWrites).toEqual({ mean: 0, max: 0 });
  });

  it('groups by intent, busiest first, with latency and capacity per turn', () => {
    expect(figures.byIntent.map((entry) => [entry.intent, entry.turns])).toEqual([
      ['LaunchRequest', 2],
      ['LogSetIntent', 2],
      ['HowMuchWeightIntent', 1],
    ]);
    const logSet = figures.byIntent.find((entry) => entry.intent === 'LogSetIntent');
    expect(logSet).toMatchObject({ writes: { mean: 1.5, max: 2 }, readUnits: 1, writeUnits: 3 });
    expect(logSet?.latencyMs.max).toBe(30.2);
    expect(figures.byIntent.find((entry) => entry.intent === 'HowMuchWeightIntent')?.questionOnly).toBe(true);
  });

  it('divides capacity and billed time by the workouts, skill and progress apart', () => {
    expect(figures.perWorkout).toEqual({
      turns: 2.5,
      setsLogged: 0,
      skillReadUnits: 2.5, // five reads of 1 unit over two workouts
      skillWriteUnits: 3, // three writes of 2 units
      // A Lambda environment serves one request at a time: turns are billed at the lone lifters'
      // mean (5, 7, 9 ms), not at the latency of turns sharing one event loop.
      skillBilledMs: 2.5 * ((5 + 7 + 9) / 3),
      progressInvocations: 0.5,
      progressBilledMs: 4.5,
      progressReadUnits: 0.5,
      progressWriteUnits: 1,
    });
  });

  it('bills the turns as measured when no lifter ran alone', () => {
    const together = conversationFigures(
      { ...run, soloTurns: [] },
      counted(run, () => [1, 0]),
      { concurrency: 2 },
    );
    expect(together.perWorkout.skillBilledMs).toBe((10 + 20 + 4 + 12 + 31) / 2);
  });

  it('reports completion, problems, throughput and memory', () => {
    expect(figures.completedWorkouts).toBe(1);
    expect(figures.lifterProblems).toEqual([{ problem: 'gave up after 400 turns', lifters: 1 }]);
    expect(figures.timedRests).toBe(1);
    expect(figures.progressFailures).toEqual({ records: 0, batchesGivenUp: 0 });
    expect(figures.turnsPerSecond).toBe(2.5);
    expect(figures.peakRssMb).toBe(200);
    expect(figures.soloLatencyMs).toMatchObject({ count: 3, p50: 7, max: 9 });
    expect(figures.soloDynamoMsPerTurn).toBeCloseTo(2, 10);
    expect(figures.capacityAddedByBench).toBe(true);
  });

  it('refuses a run without turns', () => {
    expect(() => conversationFigures({ ...run, lifters: [] }, [], { concurrency: 1 })).toThrow(/no turns/);
  });
});
