import { percentForRepsToFailure } from './chart';
import { fail, isValidWeight, ok } from './result';
import type { Effort, OneRepMaxEstimate, RuleResult, Weight } from './types';

// Brzycki (w·36/(37 − r)) up to 10 reps: it returns the weight itself for a single, and in the 2–10
// rep range it is slightly more conservative than Epley, so a max estimated from it does not push
// loads up. Above 10 reps Brzycki's denominator races towards zero (30 reps would be 5× the weight),
// while Epley (w·(1 + r/30)) grows linearly, so Epley takes over there — and such estimates are
// marked low-confidence because neither formula is trustworthy past about 10 reps.
const TRUSTED_REPS = 10;
const MAX_REPS = 30;

export function brzycki(weight: number, reps: number): number {
  // A single is a tested max; w·36/36 would only add float noise.
  return reps === 1 ? weight : (weight * 36) / (37 - reps);
}

export function epley(weight: number, reps: number): number {
  return weight * (1 + reps / 30);
}

const MAX_REPS_IN_RESERVE = 5;

/**
 * A one-rep max from a set. `repsInReserve` (default 0: the set went to failure) counts the reps the
 * lifter had left, so a set stopped short of failure, as the coach prescribes them, does not make the
 * max look lower than it is and then pull the next loads down.
 */
export function estimateOneRepMax(
  weight: Weight,
  reps: number,
  repsInReserve = 0,
): RuleResult<OneRepMaxEstimate> {
  if (!isValidWeight(weight)) {
    return fail('invalid-weight', 'The weight must be a positive, finite number of kg or lb.');
  }
  if (!Number.isInteger(reps) || reps <= 0) {
    return fail('invalid-reps', 'Reps must be a whole number of at least one.');
  }
  if (reps > MAX_REPS) {
    return fail('too-many-reps', `A set of more than ${MAX_REPS} reps says nothing reliable about a max.`);
  }
  if (!Number.isInteger(repsInReserve) || repsInReserve < 0 || repsInReserve > MAX_REPS_IN_RESERVE) {
    return fail(
      'invalid-reps-in-reserve',
      `Reps in reserve must be a whole number from 0 to ${MAX_REPS_IN_RESERVE}.`,
    );
  }
  return estimateFromRepsToFailure(weight, Math.min(MAX_REPS, reps + repsInReserve));
}

function estimateFromRepsToFailure(weight: Weight, reps: number): RuleResult<OneRepMaxEstimate> {
  if (reps <= TRUSTED_REPS) {
    return ok({
      oneRepMax: { value: brzycki(weight.value, reps), unit: weight.unit },
      formula: 'brzycki',
      confidence: 'high',
    });
  }
  return ok({
    oneRepMax: { value: epley(weight.value, reps), unit: weight.unit },
    formula: 'epley',
    confidence: 'low',
  });
}

/** The reserve the coach stops a made set at: what an estimate credits at most (more is a proof). */
export const USUAL_REPS_IN_RESERVE = 2;

/**
 * The reps in reserve to assume for a logged set: what the lifter said about the effort, else the
 * coach's default of two for a set that met its target, else none (a missed set was at its limit).
 */
export function assumedRepsInReserve(effort: Effort | null | undefined, metTarget: boolean): number {
  if (effort === 'failure') return 0;
  if (effort === 'hard') return 1;
  if (effort === 'easy') return 3;
  return metTarget ? USUAL_REPS_IN_RESERVE : 0;
}

/**
 * What a made set proves beyond what Brzycki reads: the max is at least the load over the chart's
 * share for its reps plus the reserve the lifter had. Two kinds of set need it: more than ten reps,
 * where Brzycki is no longer trusted (12 reps two short of failure is a 14-rep max: 65.7% on the
 * chart's 67%/12 and 65%/15 rows), and a set reported easy (three or more left), whose reserve is
 * past the two an estimate credits (50 kg × 4 with three to spare is a 7-rep max, 83%: 60.2 kg).
 * Null for a set of ten reps or fewer at the usual reserve or less (the formulas read those). Past
 * the chart's last row (15 reps at 65%) it reads that row: more reps mean a lower share, so the
 * bound only errs low.
 */
export function provenMaxAtLeast(weight: Weight, reps: number, repsInReserve: number): Weight | null {
  if (!isValidWeight(weight) || !Number.isInteger(reps) || reps < 1) return null;
  if (reps <= TRUSTED_REPS && repsInReserve <= USUAL_REPS_IN_RESERVE) return null;
  return { value: (weight.value * 100) / percentForRepsToFailure(reps + repsInReserve), unit: weight.unit };
}

/** Whether a set made the reps it was aimed at: what the usual reps in reserve are credited for. */
export function metItsTarget(set: {
  reps: number;
  failed?: boolean;
  target?: { reps: number } | null;
}): boolean {
  return !set.failed && set.target != null && set.reps >= set.target.reps;
}

/**
 * The trustworthy estimated max of a working set, or null (warm-up, no load, > 10 reps). The coach
 * stops sets short of failure, so the reps the lifter had left (what they said about the effort,
 * else the coach's default for a set that met its target) count: treating every set as a set to
 * failure would read the max low and cap the very load progression just earned. The progress
 * Lambda keeps a lift's record by it, and the end-of-workout summary names a new best by it.
 */
export function setMax(set: {
  kind: string;
  reps: number;
  load: Weight | null;
  effort?: Effort | null;
  metTarget: boolean;
}): Weight | null {
  if (set.kind !== 'working' || !set.load || set.reps < 1) return null;
  // Reserve is credited only up to the ten reps the formulas are trusted for: nine reps with two
  // to spare still says "a ten-rep max at least", instead of saying nothing at all. An easy set's
  // reserve past the usual two is the lifter's word that more was left, a lower bound the chart
  // proves (provenMaxAtLeast), not an estimate to set a personal record with.
  const reserve = Math.min(assumedRepsInReserve(set.effort, set.metTarget), USUAL_REPS_IN_RESERVE);
  const credited = Math.max(0, Math.min(reserve, TRUSTED_REPS - set.reps));
  const estimate = estimateOneRepMax(set.load, set.reps, credited);
  return estimate.ok && estimate.value.confidence === 'high' ? estimate.value.oneRepMax : null;
}
