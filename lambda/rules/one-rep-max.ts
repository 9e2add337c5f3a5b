import { fail, isValidWeight, ok } from './result';
import type { OneRepMaxEstimate, RuleResult, Weight } from './types';

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

export function estimateOneRepMax(weight: Weight, reps: number): RuleResult<OneRepMaxEstimate> {
  if (!isValidWeight(weight)) {
    return fail('invalid-weight', 'The weight must be a positive, finite number of kg or lb.');
  }
  if (!Number.isInteger(reps) || reps <= 0) {
    return fail('invalid-reps', 'Reps must be a whole number of at least one.');
  }
  if (reps > MAX_REPS) {
    return fail('too-many-reps', `A set of more than ${MAX_REPS} reps says nothing reliable about a max.`);
  }
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
