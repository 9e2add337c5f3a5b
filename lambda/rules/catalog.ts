import { equipmentCompounds, type LiftSpec } from './equipment-lifts';
import type { Equipment, Exercise, Unit } from './types';

// The one list of lifts. The interaction model's ExerciseType slot is generated from it, so ids and
// synonyms here are what Alexa resolves: a synonym must belong to one lift only.

/** The smallest load change each kind of equipment allows, per unit. */
export const equipmentLoadSteps: Readonly<Record<Equipment, Readonly<Record<Unit, number>>>> = {
  // Total bar load: a pair of the smallest common plates (1.25 kg or 2.5 lb a side).
  barbell: { kg: 2.5, lb: 5 },
  // One dumbbell of a pair; home and gym racks step by 2.5 kg or 5 lb.
  dumbbells: { kg: 2.5, lb: 5 },
  // One pin position on a weight stack.
  machines: { kg: 5, lb: 10 },
  // Added load on a belt or held: the smallest plate.
  bodyweight: { kg: 2.5, lb: 5 },
};

function lift(spec: LiftSpec): Exercise {
  const isBarbell = spec.equipment === 'barbell';
  return {
    ...spec,
    loadStep: equipmentLoadSteps[spec.equipment],
    // Every barbell lift in the catalog is a heavy compound lift, so each gets the warm-up ramp.
    needsWarmUpRamp: isBarbell && spec.kind === 'compound',
    bodyweight: spec.equipment === 'bodyweight',
    loadMeaning:
      spec.equipment === 'dumbbells' ? 'per-dumbbell' : spec.equipment === 'bodyweight' ? 'added' : 'total',
  };
}

// Compound lifts first within each pattern, so a plan that keeps catalog order trains them first.
export const exerciseCatalog: readonly Exercise[] = [
  lift({
    id: 'squat',
    name: 'squat',
    synonyms: ['squats', 'back squat', 'back squats', 'barbell squat', 'squatting'],
    muscles: ['quads', 'glutes', 'hamstrings'],
    kind: 'compound',
    pattern: 'legs',
    equipment: 'barbell',
  }),
  lift({
    id: 'bench-press',
    name: 'bench press',
    synonyms: [
      'bench',
      'benching',
      'flat bench',
      'flat bench press',
      'barbell bench press',
      'bench pressing',
    ],
    muscles: ['chest', 'triceps', 'shoulders'],
    kind: 'compound',
    pattern: 'push',
    equipment: 'barbell',
  }),
  lift({
    id: 'deadlift',
    name: 'deadlift',
    synonyms: ['deadlifts', 'dead lift', 'conventional deadlift', 'deadlifting'],
    muscles: ['hamstrings', 'glutes', 'back'],
    kind: 'compound',
    pattern: 'legs',
    equipment: 'barbell',
  }),
  lift({
    id: 'overhead-press',
    name: 'overhead press',
    synonyms: ['shoulder press', 'military press', 'standing press', 'o. h. p.', 'barbell overhead press'],
    muscles: ['shoulders', 'triceps'],
    kind: 'compound',
    pattern: 'push',
    equipment: 'barbell',
  }),
  lift({
    id: 'barbell-row',
    name: 'barbell row',
    synonyms: ['bent over row', 'bent over rows', 'barbell rows', 'bent row', 'rows'],
    muscles: ['back', 'biceps'],
    kind: 'compound',
    pattern: 'pull',
    equipment: 'barbell',
  }),
  lift({
    id: 'front-squat',
    name: 'front squat',
    synonyms: ['front squats', 'barbell front squat'],
    muscles: ['quads', 'glutes', 'core'],
    kind: 'compound',
    pattern: 'legs',
    equipment: 'barbell',
  }),
  lift({
    id: 'romanian-deadlift',
    name: 'Romanian deadlift',
    synonyms: ['romanian deadlifts', 'r. d. l.', 'RDL', 'stiff leg deadlift', 'stiff legged deadlift'],
    muscles: ['hamstrings', 'glutes', 'back'],
    kind: 'compound',
    pattern: 'legs',
    equipment: 'barbell',
  }),
  lift({
    id: 'incline-press',
    name: 'incline press',
    synonyms: ['incline bench', 'incline bench press', 'incline barbell press', 'incline pressing'],
    muscles: ['chest', 'shoulders', 'triceps'],
    kind: 'compound',
    pattern: 'push',
    equipment: 'barbell',
  }),
  lift({
    id: 'hip-thrust',
    name: 'hip thrust',
    synonyms: ['hip thrusts', 'barbell hip thrust', 'glute bridge', 'glute bridges'],
    muscles: ['glutes', 'hamstrings'],
    kind: 'compound',
    pattern: 'legs',
    equipment: 'barbell',
  }),
  lift({
    id: 'pull-up',
    name: 'pull-up',
    synonyms: ['pull up', 'pull ups', 'pullups', 'pull-ups'],
    muscles: ['back', 'biceps'],
    kind: 'compound',
    pattern: 'pull',
    equipment: 'bodyweight',
  }),
  lift({
    id: 'chin-up',
    name: 'chin-up',
    synonyms: ['chin up', 'chin ups', 'chinups', 'chins'],
    muscles: ['back', 'biceps'],
    kind: 'compound',
    pattern: 'pull',
    equipment: 'bodyweight',
  }),
  lift({
    id: 'push-up',
    name: 'push-up',
    synonyms: ['push up', 'push ups', 'pushups', 'press up', 'press ups'],
    muscles: ['chest', 'triceps', 'shoulders'],
    kind: 'compound',
    pattern: 'push',
    equipment: 'bodyweight',
  }),
  lift({
    id: 'dip',
    name: 'dip',
    synonyms: ['dips', 'parallel bar dips', 'chest dips', 'tricep dips'],
    muscles: ['chest', 'triceps', 'shoulders'],
    kind: 'compound',
    pattern: 'push',
    equipment: 'bodyweight',
  }),
  lift({
    id: 'lunge',
    name: 'lunge',
    synonyms: ['lunges', 'walking lunges', 'forward lunges', 'reverse lunges', 'split squats'],
    muscles: ['quads', 'glutes'],
    kind: 'compound',
    pattern: 'legs',
    equipment: 'bodyweight',
  }),
  lift({
    id: 'leg-press',
    name: 'leg press',
    synonyms: ['leg presses', 'leg press machine', 'sled press'],
    muscles: ['quads', 'glutes'],
    kind: 'compound',
    pattern: 'legs',
    equipment: 'machines',
  }),
  lift({
    id: 'lat-pulldown',
    name: 'lat pulldown',
    synonyms: ['lat pulldowns', 'lat pull down', 'pulldown', 'pulldowns', 'pull down'],
    muscles: ['back', 'biceps'],
    kind: 'compound',
    pattern: 'pull',
    equipment: 'machines',
  }),
  lift({
    id: 'cable-row',
    name: 'cable row',
    synonyms: ['cable rows', 'seated row', 'seated rows', 'seated cable row', 'low row'],
    muscles: ['back', 'biceps'],
    kind: 'compound',
    pattern: 'pull',
    equipment: 'machines',
  }),
  lift({
    id: 'biceps-curl',
    name: 'biceps curl',
    synonyms: ['biceps curls', 'bicep curl', 'bicep curls', 'curls', 'curl', 'dumbbell curls', 'arm curls'],
    muscles: ['biceps'],
    kind: 'isolation',
    pattern: 'pull',
    equipment: 'dumbbells',
  }),
  lift({
    id: 'triceps-extension',
    name: 'triceps extension',
    synonyms: [
      'triceps extensions',
      'tricep extension',
      'tricep extensions',
      'overhead triceps extension',
      'skull crushers',
    ],
    muscles: ['triceps'],
    kind: 'isolation',
    pattern: 'push',
    equipment: 'dumbbells',
  }),
  lift({
    id: 'lateral-raise',
    name: 'lateral raise',
    synonyms: ['lateral raises', 'side raises', 'side lateral raises', 'lat raises', 'side raise'],
    muscles: ['shoulders'],
    kind: 'isolation',
    pattern: 'push',
    equipment: 'dumbbells',
  }),
  lift({
    id: 'leg-curl',
    name: 'leg curl',
    synonyms: ['leg curls', 'hamstring curl', 'hamstring curls', 'lying leg curl', 'seated leg curl'],
    muscles: ['hamstrings'],
    kind: 'isolation',
    pattern: 'legs',
    equipment: 'machines',
  }),
  lift({
    id: 'leg-extension',
    name: 'leg extension',
    synonyms: ['leg extensions', 'quad extension', 'quad extensions'],
    muscles: ['quads'],
    kind: 'isolation',
    pattern: 'legs',
    equipment: 'machines',
  }),
  lift({
    id: 'calf-raise',
    name: 'calf raise',
    synonyms: ['calf raises', 'standing calf raise', 'calves', 'calf raise machine'],
    muscles: ['calves'],
    kind: 'isolation',
    pattern: 'legs',
    equipment: 'machines',
  }),
  ...equipmentCompounds.map(lift),
];

const catalogById = new Map(exerciseCatalog.map((exercise) => [exercise.id, exercise]));

export function findExercise(id: string): Exercise | undefined {
  return catalogById.get(id);
}

/** Pull-ups, dips, push-ups…: lifts whose load is the body (a plate may be added), so no max is kept. */
export function isBodyweightLift(id: string): boolean {
  return findExercise(id)?.bodyweight === true;
}
