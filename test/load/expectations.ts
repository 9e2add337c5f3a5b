import {
  assumedRepsInReserve,
  convert,
  estimateOneRepMax,
  isBodyweightLift,
  type Weight,
} from '../../lambda/rules';
import { type LiftSnapshot, type LoggedSet, setIdentity, type WorkoutSummary } from '../../lambda/store';
import type { LifterReport } from '../../local/simulated-lifter';

/**
 * What the table must hold after a lifter's workout, worked out from what the lifter said and the
 * training rules alone (not from the progress Lambda's code): each problem is one sentence that
 * names the lifter by index, never by id.
 */

export interface StoredLifter {
  sets: (LoggedSet & { SK: string })[];
  stats: Map<string, LiftSnapshot>;
  summaries: WorkoutSummary[];
}

/** Every set said is stored exactly once, as said; nothing is stored that was not said. */
export function setProblems(lifter: string, report: LifterReport, stored: StoredLifter): string[] {
  const problems: string[] = [];
  const byRequest = new Map<string, (LoggedSet & { SK: string })[]>();
  for (const set of stored.sets) {
    const list = byRequest.get(set.requestId) ?? [];
    list.push(set);
    byRequest.set(set.requestId, list);
  }
  for (const [index, said] of report.setsSaid.entries()) {
    const matches = byRequest.get(said.requestId) ?? [];
    if (matches.length !== 1) {
      problems.push(`${lifter}: set ${index + 1} (${said.exerciseId}) is stored ${matches.length} times`);
      continue;
    }
    const set = matches[0] as LoggedSet;
    const expectedKind = said.kind === 'calibration' ? 'working' : said.kind;
    const sameLoad = sameWeight(set.load, said.weight);
    if (
      set.exerciseId !== said.exerciseId ||
      set.reps !== said.reps ||
      set.failed !== said.failed ||
      set.kind !== expectedKind ||
      !sameLoad
    ) {
      problems.push(
        `${lifter}: set ${index + 1} was said as ${describe(said.exerciseId, expectedKind, said.reps, said.weight, said.failed)} ` +
          `but stored as ${describe(set.exerciseId, set.kind, set.reps, set.load, set.failed)}`,
      );
    }
  }
  const saidRequests = new Set(report.setsSaid.map((said) => said.requestId));
  const unsaid = stored.sets.filter((set) => !saidRequests.has(set.requestId));
  if (unsaid.length > 0) problems.push(`${lifter}: ${unsaid.length} stored sets were never said`);
  return problems;
}

/**
 * The trustworthy estimated max of a set by the rules module: a loaded working set, its reps plus
 * the reps in reserve the rules assume (a set that met its target was stopped short of failure; a
 * missed one was at its limit) up to ten reps, counted only when that is within the trusted rep range.
 */
function trustedMax(set: LoggedSet): Weight | null {
  // A bodyweight lift has no max: a load is only what was added to the body (its record is in reps).
  if (isBodyweightLift(set.exerciseId)) return null;
  if (set.kind !== 'working' || !set.load || set.reps < 1) return null;
  const metTarget = !set.failed && set.target !== null && set.reps >= set.target.reps;
  // Reserve is credited up to the ten reps the formulas are trusted for, as the progress Lambda does.
  const credited = Math.max(0, Math.min(assumedRepsInReserve(set.effort, metTarget), 10 - set.reps));
  const estimate = estimateOneRepMax(set.load, set.reps, credited);
  return estimate.ok && estimate.value.confidence === 'high' ? estimate.value.oneRepMax : null;
}

/**
 * Each lift's stats agree with its logged sets: the session holds each set once, the personal
 * record and the estimated max are the best trustworthy estimate among them; the workout summary
 * applied each set once and counts them right.
 */
export function statsProblems(lifter: string, stored: StoredLifter): string[] {
  const problems: string[] = [];
  const setsByLift = new Map<string, (LoggedSet & { SK: string })[]>();
  for (const set of stored.sets) {
    setsByLift.set(set.exerciseId, [...(setsByLift.get(set.exerciseId) ?? []), set]);
  }
  for (const [exerciseId, sets] of setsByLift) {
    const stats = stored.stats.get(exerciseId);
    if (!stats) {
      problems.push(`${lifter}: ${exerciseId} has ${sets.length} sets but no stats`);
      continue;
    }
    // The session's sets are in its workout's summary; the snapshot counts them.
    const summary = stored.summaries.find((known) => known.workoutId === stats.session?.workoutId);
    const sessionSets = summary?.lifts[exerciseId]?.sets ?? [];
    if (sessionSets.length !== stats.session?.workingSets) {
      problems.push(
        `${lifter}: ${exerciseId} snapshot counts ${stats.session?.workingSets} sets, its summary holds ${sessionSets.length}`,
      );
    }
    const sessionKeys = sessionSets.map((record) => record.id).sort();
    // The session keeps working sets only: warm-ups move no estimate and no target.
    const setKeys = sets
      .filter((set) => set.kind === 'working')
      .map((set) => setIdentity(set.SK))
      .sort();
    if (JSON.stringify(sessionKeys) !== JSON.stringify(setKeys)) {
      problems.push(
        `${lifter}: ${exerciseId} stats hold ${sessionKeys.length} sets, the table ${setKeys.length}`,
      );
    }
    const estimates = sets
      .map((set) => ({ set, max: trustedMax(set) }))
      .filter((entry): entry is { set: LoggedSet & { SK: string }; max: Weight } => entry.max !== null);
    const best = estimates.reduce<Weight | null>(
      (top, { max }) => (!top || convert(max, top.unit).value > top.value ? max : top),
      null,
    );
    problems.push(
      ...maxProblems(`${lifter}: ${exerciseId} best set`, stats.bestSet?.oneRepMax ?? null, best),
    );
    problems.push(...maxProblems(`${lifter}: ${exerciseId} estimated max`, stats.estimatedOneRepMax, best));
    if (isBodyweightLift(exerciseId))
      problems.push(...bodyweightBestProblems(lifter, exerciseId, sets, stats));
    if (best && stats.bestSet) {
      const holder = sets.find((set) => setIdentity(String(set.SK)) === stats.bestSet?.id);
      const holderMax = holder ? trustedMax(holder) : null;
      if (!holderMax || Math.abs(convert(holderMax, best.unit).value - best.value) > 0.01) {
        problems.push(`${lifter}: ${exerciseId} best set points at a set that is not the best`);
      }
    }
  }
  problems.push(...summaryProblems(lifter, stored));
  return problems;
}

/** A bodyweight lift's record is its best working set: the most load added, then the most reps. */
function bodyweightBestProblems(
  lifter: string,
  exerciseId: string,
  sets: readonly LoggedSet[],
  stats: LiftSnapshot,
): string[] {
  const added = (load: Weight | null) => (load ? convert(load, 'kg').value : 0);
  const better = (a: { reps: number; load: Weight | null }, b: { reps: number; load: Weight | null }) =>
    added(a.load) - added(b.load) || a.reps - b.reps;
  const working = sets.filter((set) => set.kind === 'working' && set.reps >= 1);
  const best = working.reduce<LoggedSet | null>(
    (top, set) => (!top || better(set, top) > 0 ? set : top),
    null,
  );
  const stored = stats.bestBodyweightSet ?? null;
  if (!best) return stored ? [`${lifter}: ${exerciseId} has a best set but no working set`] : [];
  if (!stored) return [`${lifter}: ${exerciseId} best bodyweight set is missing, expected ${best.reps} reps`];
  return better(stored, best) === 0
    ? []
    : [`${lifter}: ${exerciseId} best bodyweight set is ${stored.reps} reps, expected ${best.reps}`];
}

function summaryProblems(lifter: string, stored: StoredLifter): string[] {
  if (stored.sets.length === 0) return [];
  const problems: string[] = [];
  const applied = stored.summaries.flatMap((summary) => summary.applied);
  if (new Set(applied).size !== applied.length) problems.push(`${lifter}: a summary applied a set twice`);
  const setKeys = stored.sets.map((set) => setIdentity(set.SK)).sort();
  if (JSON.stringify([...applied].sort()) !== JSON.stringify(setKeys)) {
    problems.push(`${lifter}: summaries applied ${applied.length} sets, the table holds ${setKeys.length}`);
  }
  const working = stored.sets.filter((set) => set.kind === 'working');
  const summedWorking = stored.summaries.reduce((sum, summary) => sum + summary.workingSets, 0);
  const summedReps = stored.summaries.reduce((sum, summary) => sum + summary.totalReps, 0);
  const reps = working.reduce((sum, set) => sum + set.reps, 0);
  if (summedWorking !== working.length || summedReps !== reps) {
    problems.push(
      `${lifter}: summary counts ${summedWorking} working sets / ${summedReps} reps, the table ${working.length} / ${reps}`,
    );
  }
  return problems;
}

function maxProblems(what: string, actual: Weight | null, expected: Weight | null): string[] {
  if (!expected) return actual ? [`${what} is ${describeWeight(actual)}, expected none`] : [];
  if (!actual) return [`${what} is missing, expected ${describeWeight(expected)}`];
  // The progress Lambda stores maxes to two decimals.
  return Math.abs(convert(actual, expected.unit).value - expected.value) > 0.01
    ? [`${what} is ${describeWeight(actual)}, expected ${describeWeight(expected)}`]
    : [];
}

function sameWeight(a: Weight | null, b: Weight | null): boolean {
  if (!a || !b) return a === b;
  return a.unit === b.unit && Math.abs(a.value - b.value) < 1e-9;
}

function describeWeight(weight: Weight | null): string {
  return weight ? `${weight.value} ${weight.unit}` : 'no weight';
}

function describe(exerciseId: string, kind: string, reps: number, load: Weight | null, failed: boolean) {
  return `${exerciseId} ${kind} ${reps} × ${describeWeight(load)}${failed ? ' (failed)' : ''}`;
}
