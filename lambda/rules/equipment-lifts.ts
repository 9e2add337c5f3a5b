import type { Equipment, ExerciseKind, MovementPattern, MuscleGroup } from './types';

// Compound lifts for each kind of equipment on its own: with them a dumbbells-only week is mostly
// dumbbell work (not three isolation lifts padded out with push-ups), a machines-only lifter can
// press, and a lifter with only their body has a lower day.

export interface LiftSpec {
  id: string;
  name: string;
  synonyms: string[];
  muscles: MuscleGroup[];
  kind: ExerciseKind;
  pattern: MovementPattern;
  equipment: Equipment;
}

export const equipmentCompounds: readonly LiftSpec[] = [
  {
    id: 'goblet-squat',
    name: 'goblet squat',
    synonyms: ['goblet squats', 'dumbbell squat', 'dumbbell squats'],
    muscles: ['quads', 'glutes', 'core'],
    kind: 'compound',
    pattern: 'legs',
    equipment: 'dumbbells',
  },
  {
    id: 'dumbbell-bench-press',
    name: 'dumbbell bench press',
    synonyms: ['dumbbell bench', 'dumbbell press', 'dumbbell chest press', 'dumbbell bench presses'],
    muscles: ['chest', 'triceps', 'shoulders'],
    kind: 'compound',
    pattern: 'push',
    equipment: 'dumbbells',
  },
  {
    id: 'dumbbell-row',
    name: 'dumbbell row',
    synonyms: ['dumbbell rows', 'one arm row', 'one arm rows', 'single arm row', 'single arm rows'],
    muscles: ['back', 'biceps'],
    kind: 'compound',
    pattern: 'pull',
    equipment: 'dumbbells',
  },
  {
    id: 'dumbbell-shoulder-press',
    name: 'dumbbell shoulder press',
    synonyms: ['dumbbell shoulder presses', 'seated dumbbell press', 'dumbbell overhead press'],
    muscles: ['shoulders', 'triceps'],
    kind: 'compound',
    pattern: 'push',
    equipment: 'dumbbells',
  },
  {
    id: 'dumbbell-romanian-deadlift',
    name: 'dumbbell Romanian deadlift',
    synonyms: ['dumbbell romanian deadlifts', 'dumbbell r. d. l.', 'dumbbell RDL', 'dumbbell deadlift'],
    muscles: ['hamstrings', 'glutes', 'back'],
    kind: 'compound',
    pattern: 'legs',
    equipment: 'dumbbells',
  },
  {
    id: 'chest-press',
    name: 'chest press',
    synonyms: ['chest presses', 'machine chest press', 'chest press machine', 'machine press'],
    muscles: ['chest', 'triceps', 'shoulders'],
    kind: 'compound',
    pattern: 'push',
    equipment: 'machines',
  },
  {
    id: 'machine-shoulder-press',
    name: 'machine shoulder press',
    synonyms: ['machine shoulder presses', 'shoulder press machine', 'machine overhead press'],
    muscles: ['shoulders', 'triceps'],
    kind: 'compound',
    pattern: 'push',
    equipment: 'machines',
  },
  {
    id: 'air-squat',
    name: 'air squat',
    synonyms: ['air squats', 'bodyweight squat', 'bodyweight squats', 'body weight squats'],
    muscles: ['quads', 'glutes'],
    kind: 'compound',
    pattern: 'legs',
    equipment: 'bodyweight',
  },
  {
    id: 'single-leg-deadlift',
    name: 'single-leg deadlift',
    synonyms: ['single leg deadlift', 'single leg deadlifts', 'one leg deadlift', 'single leg r. d. l.'],
    muscles: ['hamstrings', 'glutes'],
    kind: 'compound',
    pattern: 'legs',
    equipment: 'bodyweight',
  },
  {
    // A second dumbbell row, face down on an incline bench: with it a dumbbells-only pull day
    // answers the push day's presses (the pullover shares the chest the presses tired).
    id: 'incline-dumbbell-row',
    name: 'incline dumbbell row',
    synonyms: [
      'incline dumbbell rows',
      'chest supported row',
      'chest supported rows',
      'chest supported dumbbell row',
      'chest supported dumbbell rows',
    ],
    muscles: ['back', 'biceps'],
    kind: 'compound',
    pattern: 'pull',
    equipment: 'dumbbells',
  },
  {
    // A machines-only lifter's second row next to the cable row, so pulls keep up with presses.
    id: 'machine-row',
    name: 'machine row',
    synonyms: ['machine rows', 'seated machine row', 'seated machine rows', 'chest supported machine row'],
    muscles: ['back', 'biceps'],
    kind: 'compound',
    pattern: 'pull',
    equipment: 'machines',
  },
  {
    // A machines-only lifter's hinge: without it a machine week squats twice as often as it hinges
    // (the leg curl bends the knee; it is no hinge). Hips extend against the pad, lower back braced.
    id: 'back-extension',
    name: 'back extension',
    synonyms: [
      'back extensions',
      'back extension machine',
      'machine back extension',
      'hyperextension',
      'hyperextensions',
      'hip extension',
      'hip extensions',
    ],
    muscles: ['hamstrings', 'glutes', 'back'],
    kind: 'compound',
    pattern: 'legs',
    equipment: 'machines',
  },
  {
    // A lat movement for the dumbbells-only lifter, whose only other pull is the row.
    id: 'dumbbell-pullover',
    name: 'dumbbell pullover',
    synonyms: ['dumbbell pullovers', 'pullover', 'pullovers'],
    muscles: ['back', 'chest'],
    kind: 'isolation',
    pattern: 'pull',
    equipment: 'dumbbells',
  },
];
