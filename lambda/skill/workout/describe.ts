import { findExercise } from '../../rules';
import type { ActiveWorkout } from '../../store';
import type { Speaker } from '../i18n';
import { integerToWords, sayReps, sayWeight } from '../speech/numbers';
import { exerciseAt, needsCalibration, plannedSetAt } from './engine';

/** "Bench press, set two of three: eight reps at sixty kilos." for the set at the cursor. */
export function describeCurrentSet(speaker: Speaker, workout: ActiveWorkout): string {
  const exercise = exerciseAt(workout);
  if (!exercise || workout.cursor.phase === 'done') return speaker.say('answers.nothingNext');
  if (needsCalibration(workout)) return calibrationPrompt(speaker, workout);
  const planned = plannedSetAt(workout);
  const target = workout.currentTarget;
  const reps = sayReps(target?.reps ?? planned?.reps ?? 0);
  const load = target?.load ?? planned?.load ?? null;
  if ((target?.kind ?? planned?.kind) === 'warmup') {
    if (planned?.isEmptyBar) return speaker.say('workout.warmupBar', { exercise: exercise.name, reps });
    if (!load) return speaker.say('workout.warmupBodyweight', { exercise: exercise.name, reps });
    return speaker.say('workout.warmup', {
      exercise: exercise.name,
      reps,
      load: load ? sayWeight(load) : '',
    });
  }
  const numbers = {
    exercise: capitalised(exercise.name),
    number: integerToWords(planned?.setNumber ?? 1),
    total: integerToWords(planned?.workingSets ?? 1),
    reps,
  };
  if (!load) return speaker.say('workout.workingBodyweight', numbers);
  return speaker.say('workout.working', { ...numbers, load: sayWeight(load) });
}

export function calibrationPrompt(speaker: Speaker, workout: ActiveWorkout): string {
  const exercise = exerciseAt(workout);
  if (exercise?.status !== 'needs-max') return '';
  if (findExercise(exercise.exerciseId)?.bodyweight) {
    return speaker.say('calibration.bodyweight', { exercise: exercise.name });
  }
  return speaker.say('calibration.needMax', {
    exercise: exercise.name,
    exampleSet: calibrationExample(speaker, exercise.exerciseId),
    instruction: speaker.say('calibration.instruction', {
      reps: integerToWords(exercise.calibration.targetReps),
    }),
  });
}

/** An example set's weight that suits the lift: a heavy barbell lift, an overhead press, or the rest. */
export function calibrationExample(speaker: Speaker, exerciseId: string): string {
  const exercise = findExercise(exerciseId);
  const kind =
    exerciseId === 'overhead-press'
      ? 'press'
      : exercise?.equipment === 'barbell' && exercise.kind === 'compound'
        ? 'standard'
        : 'light';
  return speaker.fixed(`calibration.example.${kind}`);
}

export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
