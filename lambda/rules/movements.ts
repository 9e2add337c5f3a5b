import type { EquipmentAccess, Exercise, MuscleGroup } from './types';

// What each lift does in the week's balance: the plan counts pushes against pulls and squats against
// hinges, and a split day asks for movements, not just "a leg lift".

export type Movement =
  | 'squat'
  | 'hinge'
  | 'horizontal-push'
  | 'vertical-push'
  | 'horizontal-pull'
  | 'vertical-pull'
  | 'push-accessory'
  | 'pull-accessory'
  | 'leg-accessory';

const movementById: Readonly<Record<string, Movement>> = {
  squat: 'squat',
  'front-squat': 'squat',
  'goblet-squat': 'squat',
  lunge: 'squat',
  'air-squat': 'squat',
  'leg-press': 'squat',
  deadlift: 'hinge',
  'romanian-deadlift': 'hinge',
  'dumbbell-romanian-deadlift': 'hinge',
  'hip-thrust': 'hinge',
  'single-leg-deadlift': 'hinge',
  'back-extension': 'hinge',
  'bench-press': 'horizontal-push',
  'incline-press': 'horizontal-push',
  'dumbbell-bench-press': 'horizontal-push',
  'push-up': 'horizontal-push',
  dip: 'horizontal-push',
  'chest-press': 'horizontal-push',
  'overhead-press': 'vertical-push',
  'dumbbell-shoulder-press': 'vertical-push',
  'machine-shoulder-press': 'vertical-push',
  'barbell-row': 'horizontal-pull',
  'dumbbell-row': 'horizontal-pull',
  'cable-row': 'horizontal-pull',
  'incline-dumbbell-row': 'horizontal-pull',
  'machine-row': 'horizontal-pull',
  'pull-up': 'vertical-pull',
  'chin-up': 'vertical-pull',
  'lat-pulldown': 'vertical-pull',
  'dumbbell-pullover': 'vertical-pull',
  'triceps-extension': 'push-accessory',
  'lateral-raise': 'push-accessory',
  'biceps-curl': 'pull-accessory',
  'leg-curl': 'leg-accessory',
  'leg-extension': 'leg-accessory',
  'calf-raise': 'leg-accessory',
};

/** The lift's movement; a lift the table does not know counts as an accessory of its pattern. */
export function movementOf(exercise: Exercise): Movement {
  const known = movementById[exercise.id];
  if (known) return known;
  return exercise.pattern === 'legs'
    ? 'leg-accessory'
    : exercise.pattern === 'push'
      ? 'push-accessory'
      : 'pull-accessory';
}

/** Which side of the balance a lift counts for: pushes against pulls, squats against hinges. */
export function balanceSide(exercise: Exercise): 'push' | 'pull' | 'squat' | 'hinge' | null {
  const movement = movementOf(exercise);
  if (movement === 'squat' || movement === 'hinge') return movement;
  if (movement === 'horizontal-push' || movement === 'vertical-push') return 'push';
  if (movement === 'horizontal-pull' || movement === 'vertical-pull') return 'pull';
  return null;
}

/** Barbell hinges load the lower back most; about two a week is what it recovers from. */
const heavyHinges: ReadonlySet<string> = new Set(['deadlift', 'romanian-deadlift']);

export function isHeavyHinge(exerciseId: string): boolean {
  return heavyHinges.has(exerciseId);
}

export const HEAVY_HINGES_PER_WEEK = 2;

/** Pull-ups, chin-ups and dips hang from a bar or dip station, which dumbbells or machines alone lack. */
const barLifts: ReadonlySet<string> = new Set(['pull-up', 'chin-up', 'dip']);

/**
 * Whether the lifter's equipment covers a lift. Push-ups and lunges need only the body; a bar comes
 * with a full gym, a barbell's rack, or a lifter who said they train with bodyweight.
 */
export function hasEquipmentFor(exercise: Exercise, owned: readonly EquipmentAccess[]): boolean {
  if (owned.includes('full-gym')) return true;
  if (barLifts.has(exercise.id)) return owned.includes('barbell') || owned.includes('bodyweight');
  return exercise.equipment === 'bodyweight' || owned.includes(exercise.equipment);
}

/**
 * The muscles a lift tires enough to need their 48 hours. A hinge's back work is the lower back,
 * which rows and pull-ups do not train hard (and the other way round), so an upper day does not rule
 * out the next day's deadlift.
 */
export function recoveringMuscles(exercise: Exercise): readonly MuscleGroup[] {
  if (movementOf(exercise) !== 'hinge') return exercise.muscles;
  return exercise.muscles.filter((muscle) => muscle !== 'back');
}
