import { isValidWeight } from './result';
import type { Equipment, Goal, Level, ProgressionState, SessionFocus, TrainingProfile, Unit } from './types';

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

const MAX_STORED_REPS = 30;
const MAX_STORED_SETS = 10;

function wholeIn(value: unknown, min: number, max: number): boolean {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}

/**
 * A stored progression state for this lift and focus that the rules can use, or null. A state that
 * belongs elsewhere or carries numbers no session could have produced (NaN sets, a 1e6 kg load) is
 * ignored rather than trusted: the lift is prescribed from its max instead.
 */
export function usableProgression(
  state: ProgressionState | null | undefined,
  exerciseId: string,
  focus: SessionFocus,
): ProgressionState | null {
  if (!state || state.exerciseId !== exerciseId || state.focus !== focus) return null;
  if (!wholeIn(state.targetReps, 1, MAX_STORED_REPS) || !wholeIn(state.sets, 1, MAX_STORED_SETS)) return null;
  if (!wholeIn(state.failedSessions, 0, 1000) || !wholeIn(state.beatTargetSessions, 0, 1000)) return null;
  if (state.load !== null && !isValidWeight(state.load)) return null;
  return state;
}

/** The state for the session's focus: per-focus states first, else the single one kept before them. */
export function progressionFor(
  stats:
    | {
        progression: ProgressionState | null;
        progressionByFocus?: Partial<Record<SessionFocus, ProgressionState>>;
      }
    | undefined,
  exerciseId: string,
  focus: SessionFocus,
): ProgressionState | null {
  return (
    usableProgression(stats?.progressionByFocus?.[focus], exerciseId, focus) ??
    usableProgression(stats?.progression, exerciseId, focus)
  );
}
