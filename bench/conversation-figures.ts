import type { CountedRequest, TrackedRequest } from '../local/dynamo-call-counter';
import type { ConversationRunOutput, MeasuredTurn } from './conversation-run-output';
import { billedMilliseconds } from './prices';
import type { ConversationFigures, CountFigures, IntentFigures } from './results';
import { distribution, mean } from './stats';

/**
 * Turns what the conversation run recorded (turns with the DynamoDB requests each one sent) and
 * what the counting proxy saw (capacity per request) into the figures of the report.
 */

interface TurnWork {
  reads: number;
  writes: number;
  readUnits: number;
  writeUnits: number;
  /** Time the turn spent waiting for DynamoDB, as the counter saw it. */
  dynamoMs: number;
}

export function workOf(
  requests: readonly TrackedRequest[],
  counted: ReadonlyMap<string, CountedRequest>,
): TurnWork {
  const work: TurnWork = { reads: 0, writes: 0, readUnits: 0, writeUnits: 0, dynamoMs: 0 };
  for (const request of requests) {
    if (request.kind === 'read') work.reads += 1;
    if (request.kind === 'write') work.writes += 1;
    const seen = counted.get(request.key);
    work.readUnits += seen?.readUnits ?? 0;
    work.writeUnits += seen?.writeUnits ?? 0;
    work.dynamoMs += seen?.upstreamMs ?? 0;
  }
  return work;
}

function counts(values: readonly number[]): CountFigures {
  return values.length === 0 ? { mean: 0, max: 0 } : { mean: mean(values), max: Math.max(...values) };
}

export interface FigureOptions {
  concurrency: number;
}

export function conversationFigures(
  run: ConversationRunOutput,
  countedRequests: readonly CountedRequest[],
  options: FigureOptions,
): ConversationFigures {
  const counted = new Map(countedRequests.map((request) => [request.key, request]));
  const turns: (MeasuredTurn & TurnWork)[] = run.lifters.flatMap((lifter) =>
    lifter.turns.map((turn) => ({ ...turn, ...workOf(turn.requests, counted) })),
  );
  if (turns.length === 0) throw new RangeError('the conversation run recorded no turns');
  const lifters = run.lifters.length;

  const byName = new Map<string, (MeasuredTurn & TurnWork)[]>();
  for (const turn of turns) byName.set(turn.name, [...(byName.get(turn.name) ?? []), turn]);
  const byIntent: IntentFigures[] = [...byName.entries()]
    .map(([intent, group]) => {
      const latency = distribution(group.map((turn) => turn.latencyMs));
      return {
        intent,
        questionOnly: group.some((turn) => turn.questionOnly),
        turns: group.length,
        latencyMs: { p50: latency.p50, p99: latency.p99, max: latency.max },
        reads: counts(group.map((turn) => turn.reads)),
        writes: counts(group.map((turn) => turn.writes)),
        readUnits: mean(group.map((turn) => turn.readUnits)),
        writeUnits: mean(group.map((turn) => turn.writeUnits)),
      };
    })
    .sort((a, b) => b.turns - a.turns || a.intent.localeCompare(b.intent));

  const progressWork = run.progress.map((invocation) => workOf(invocation.requests, counted));
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const questionTurns = turns.filter((turn) => turn.questionOnly);

  return {
    lifters,
    concurrency: options.concurrency,
    completedWorkouts: run.lifters.filter((lifter) => lifter.completed).length,
    turns: turns.length,
    failedTurns: turns.filter((turn) => turn.errorAnswer).length,
    lifterProblems: problemsOf(run),
    progressFailures: {
      records: sum(run.progress.map((invocation) => invocation.failedRecords)),
      batchesGivenUp: run.progressFailedBatches,
    },
    setsSaid: sum(run.lifters.map((lifter) => lifter.setsSaid.length)),
    timedRests: sum(run.lifters.map((lifter) => lifter.timedRests)),
    wallMs: run.wallMs,
    turnsPerSecond: turns.length / (run.wallMs / 1000),
    latencyMs: distribution(turns.map((turn) => turn.latencyMs)),
    dynamoMsPerTurn: mean(turns.map((turn) => turn.dynamoMs)),
    ...(run.soloTurns.length > 0
      ? {
          soloLatencyMs: distribution(run.soloTurns.map((turn) => turn.latencyMs)),
          soloDynamoMsPerTurn: mean(run.soloTurns.map((turn) => workOf(turn.requests, counted).dynamoMs)),
        }
      : {}),
    requestsPerTurn: {
      reads: counts(turns.map((turn) => turn.reads)),
      writes: counts(turns.map((turn) => turn.writes)),
    },
    questionOnlyWrites: counts(questionTurns.map((turn) => turn.writes)),
    byIntent,
    perWorkout: {
      turns: turns.length / lifters,
      setsLogged: sum(run.lifters.map((lifter) => lifter.setsSaid.length)) / lifters,
      skillReadUnits: sum(turns.map((turn) => turn.readUnits)) / lifters,
      skillWriteUnits: sum(turns.map((turn) => turn.writeUnits)) / lifters,
      skillBilledMs: skillBilledMsPerWorkout(turns, run.soloTurns, lifters),
      progressInvocations: run.progress.length / lifters,
      progressBilledMs:
        sum(run.progress.map((invocation) => billedMilliseconds(invocation.durationMs))) / lifters,
      progressReadUnits: sum(progressWork.map((work) => work.readUnits)) / lifters,
      progressWriteUnits: sum(progressWork.map((work) => work.writeUnits)) / lifters,
    },
    capacityAddedByBench: countedRequests.some((request) => request.capacityAddedByCounter),
    peakRssMb: run.peakRssKb / 1024,
  };
}

function problemsOf(run: ConversationRunOutput): { problem: string; lifters: number }[] {
  const byProblem = new Map<string, number>();
  for (const lifter of run.lifters) {
    if (lifter.problem) byProblem.set(lifter.problem, (byProblem.get(lifter.problem) ?? 0) + 1);
  }
  return [...byProblem.entries()]
    .map(([problem, lifters]) => ({ problem, lifters }))
    .sort((a, b) => b.lifters - a.lifters);
}

/**
 * The skill's billed milliseconds per workout. Lifters run together share one process's event loop,
 * so each turn's latency holds other lifters' work; a Lambda environment serves one request at a
 * time and bills only its own. The turns are billed at the mean of the lifters run alone, when there
 * were any, and as measured otherwise (an upper bound).
 */
function skillBilledMsPerWorkout(
  turns: readonly MeasuredTurn[],
  soloTurns: readonly MeasuredTurn[],
  lifters: number,
): number {
  const billed = (group: readonly MeasuredTurn[]) =>
    group.reduce((total, turn) => total + billedMilliseconds(turn.latencyMs), 0);
  if (soloTurns.length === 0) return billed(turns) / lifters;
  return (turns.length / lifters) * (billed(soloTurns) / soloTurns.length);
}
