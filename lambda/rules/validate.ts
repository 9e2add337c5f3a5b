import { isValidWeight } from './result';
import type { Equipment, Goal, Level, SessionFocus, TrainingProfile, Unit } from './types';

// Inputs usually arrive zod-checked from the store, but the rules answer for themselves: a bad
// profile is a result that says what is wrong, never a crash or a made-up plan.

const goals = ['hypertrophy', 'strength', 'both'];
const levels = ['beginner', 'intermediate', 'advanced'];
const equipment = ['full-gym', 'barbell', 'dumbbells', 'machines', 'bodyweight'];

const focuses = ['hypertrophy', 'strength'];
const loadableEquipment = ['barbell', 'dumbbells', 'machines', 'bodyweight'];

export function isEquipment(value: unknown): value is Equipment {
  return loadableEquipment.includes(value as string);
}

/** What is wrong with a goal, level, unit and optional focus, or null when they are usable. */
export function validateTraining(training: {
  goal: Goal;
  level: Level;
  unit: Unit;
  focus?: SessionFocus;
}): string | null {
  if (!goals.includes(training.goal)) return `Unknown goal "${String(training.goal)}".`;
  if (!levels.includes(training.level)) return `Unknown level "${String(training.level)}".`;
  if (training.unit !== 'kg' && training.unit !== 'lb') return `Unknown unit "${String(training.unit)}".`;
  if (training.focus !== undefined && !focuses.includes(training.focus)) {
    return `Unknown session focus "${String(training.focus)}".`;
  }
  return null;
}

/** What is wrong with a profile, or null when it is usable. */
export function validateProfile(profile: TrainingProfile): string | null {
  const training = validateTraining(profile);
  if (training) return training;
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
