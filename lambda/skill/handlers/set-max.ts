import {
  defaultUnitForLocale,
  estimateOneRepMax,
  findExercise,
  prescribe,
  progressionFor,
  roundedEstimate,
} from '../../rules';
import { type ActiveWorkout, emptyProfile, type TurnChanges } from '../../store';
import { isIntent } from '../guards';
import { ask, sentences } from '../reply';
import { saveChanges } from '../save';
import { numberSlot, resolvedSlot, weightSlot } from '../slots';
import { sayReps, sayWeight } from '../speech/numbers';
import { capitalised } from '../workout/describe';
import { exerciseAt, plannedSetAt, startOfExercise, targetOf } from '../workout/engine';
import { isAbsurdLoad, toLifterUnit } from '../workout/load-check';
import { offerWorkoutQuestion, onboardingQuestion } from '../workout/onboarding';
import { workoutQuestion } from '../workout/prompt';
import { defineHandler } from './define';
import { exerciseIds, unknownExercise } from './log-set';

/**
 * "My bench max is one hundred kilos", "I can squat two twenty five for five": the rules estimate the
 * one-rep max; a workout waiting for this lift's max gets its loads right away (same write).
 */
export const setMax = defineHandler('SetMax', isIntent('SetMaxIntent'), async (input, turn) => {
  const { speaker } = turn;
  const exercise = resolvedSlot(input, 'exercise', exerciseIds);
  if (exercise.kind === 'no-match') return unknownExercise(input, turn, exercise.heard);
  if (exercise.kind === 'missing')
    return ask(
      input,
      speaker.fixed('logging.maxNeedsExercise'),
      speaker.fixed('logging.maxNeedsExerciseReprompt'),
    );
  const weight = weightSlot(input);
  if (weight.kind !== 'value')
    return ask(
      input,
      speaker.fixed('logging.maxNeedsWeight'),
      speaker.fixed('logging.maxNeedsWeightReprompt'),
    );
  const user = await turn.user();
  const profile = user.profile ?? emptyProfile(turn.now, turn.locale);
  const unit = profile.unit ?? defaultUnitForLocale(turn.locale);
  const saidUnit = resolvedSlot(input, 'unit', ['kg', 'lb'] as const);
  const spoken = toLifterUnit(
    { value: weight.value, unit: saidUnit.kind === 'match' ? saidUnit.id : unit },
    unit,
    exercise.id,
  );
  const repsSlot = numberSlot(input, 'reps');
  const reps = repsSlot.kind === 'value' ? repsSlot.value : 1;
  const name = findExercise(exercise.id)?.name ?? exercise.id;
  const estimate = estimateOneRepMax(spoken.load, reps);
  if (isAbsurdLoad(spoken.load, null) || !estimate.ok || estimate.value.confidence !== 'high') {
    return ask(
      input,
      capitalised(speaker.fixed('logging.maxInvalid', { load: sayWeight(spoken.load), exercise: name })),
      speaker.fixed('logging.maxNeedsWeightReprompt'),
    );
  }
  const oneRepMax = { value: Math.round(estimate.value.oneRepMax.value * 2) / 2, unit: spoken.load.unit };
  const updated = {
    ...profile,
    unit: profile.unit ?? unit,
    statedMaxes: {
      ...profile.statedMaxes,
      [exercise.id]: { oneRepMax, weight: spoken.load, reps, statedAt: turn.now.toISOString() },
    },
  };
  const changes: TurnChanges = { profile: updated };
  let workout = user.activeWorkout;
  const replanned =
    workout && updated.goal && updated.level && updated.unit
      ? withStatedMax(workout, exercise.id, name, {
          goal: updated.goal,
          level: updated.level,
          unit: updated.unit,
          oneRepMax,
          progression: progressionFor(user.stats[exercise.id], exercise.id, workout.plan.focus),
        })
      : null;
  if (replanned) {
    workout = replanned;
    changes.activeWorkout = replanned;
  }
  const saved = await saveChanges(turn, changes);
  if (!saved.ok)
    return ask(input, speaker.fixed('general.saveFailed'), speaker.fixed('general.saveFailedReprompt'));
  const said =
    reps === 1
      ? speaker.fixed('logging.maxSet', { exercise: name, max: sayWeight(oneRepMax) })
      : speaker.fixed('logging.maxSetFromReps', {
          exercise: name,
          load: sayWeight(spoken.load),
          reps: sayReps(reps),
          max: sayWeight(roundedEstimate(oneRepMax)),
        });
  const conversion = spoken.convertedFrom
    ? speaker.fixed('workout.converted', { converted: sayWeight(spoken.load) })
    : '';
  const question = workout
    ? workoutQuestion(speaker, workout)
    : (onboardingQuestion(speaker, updated) ?? offerWorkoutQuestion(speaker));
  return ask(input, sentences(conversion, said, question.lead, question.question), question.reprompt, {
    pending: question.pending,
  });
});

/**
 * The workout with every lift still to come that waited for this max prescribed from it: the lift at
 * the cursor starts over at its first set, a later one is ready when it comes ("my barbell row max
 * is two hundred pounds" said during the bench press). Null when nothing changes.
 */
function withStatedMax(
  workout: ActiveWorkout,
  exerciseId: string,
  name: string,
  known: Omit<Parameters<typeof prescribe>[0], 'exerciseId' | 'focus'>,
): ActiveWorkout | null {
  if (workout.cursor.phase === 'done') return null;
  const current = workout.cursor.exerciseIndex;
  let changed = false;
  const exercises = workout.plan.exercises.map((planned, index) => {
    if (index < current || planned.exerciseId !== exerciseId || planned.status !== 'needs-max')
      return planned;
    const prescription = prescribe({ ...known, exerciseId, focus: workout.plan.focus });
    if (!prescription.ok) return planned;
    changed = true;
    return { status: 'ready' as const, exerciseId, name, prescription: prescription.value };
  });
  if (!changed) return null;
  const replanned: ActiveWorkout = { ...workout, plan: { ...workout.plan, exercises } };
  if (exerciseAt(workout)?.exerciseId !== exerciseId || exerciseAt(workout)?.status !== 'needs-max')
    return replanned;
  const cursor = startOfExercise(replanned, current);
  return { ...replanned, cursor, currentTarget: targetOf(exerciseId, plannedSetAt(replanned, cursor)) };
}
