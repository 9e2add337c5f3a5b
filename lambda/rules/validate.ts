import { isValidWeight } from './result';
import type { TrainingProfile } from './types';

// Inputs usually arrive zod-checked from the store, but the rules answer for themselves: a bad
// profile is a result that says what is wrong, never a crash or a made-up plan.

const goals = ['hypertrophy', 'strength', 'both'];
const levels = ['beginner', 'intermediate', 'advanced'];
const equipment = ['full-gym', 'barbell', 'dumbbells', 'machines', 'bodyweight'];

/** What is wrong with a profile, or null when it is usable. */
export function validateProfile(profile: TrainingProfile): string | null {
  if (!goals.includes(profile.goal)) return `Unknown goal "${String(profile.goal)}".`;
  if (!levels.includes(profile.level)) return `Unknown level "${String(profile.level)}".`;
  if (profile.unit !== 'kg' && profile.unit !== 'lb') return `Unknown unit "${String(profile.unit)}".`;
  if (!Array.isArray(profile.equipment) || profile.equipment.some((item) => !equipment.includes(item))) {
    return 'Equipment must be a list of full-gym, barbell, dumbbells, machines or bodyweight.';
  }
  const maxes = Object.values(profile.statedMaxes ?? {});
  if (maxes.some((max) => !isValidWeight(max)))
    return 'Every stated max must be a positive weight in kg or lb.';
  return null;
}

/** A logged working set the rules can reason about: whole reps 0–100, a positive load or none. */
export function validSessionSet(set: { reps: number; load: unknown }): boolean {
  const repsOk = Number.isInteger(set.reps) && set.reps >= 0 && set.reps <= 100;
  return repsOk && (set.load === null || set.load === undefined || isValidWeight(set.load));
}
