import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { bodyweightStart, prescribe } from '../../rules';
import type { ActiveWorkout } from '../../store';
import { ask, sentences } from '../reply';
import { sayReps } from '../speech/numbers';
import type { Turn } from '../turn';
import { completeSetTurn } from '../workout/after-set';
import { exerciseAt, plannedSetAt, targetOf } from '../workout/engine';
import { newSet, type SpokenSet, sessionSet } from '../workout/logged-set';
import { loggedSentence } from '../workout/logged-words';

/**
 * The first set of a bodyweight lift: as many good reps as the lifter could, one short of failure.
 * Its reps set the working targets (the rules' `bodyweightStart`); the progress Lambda reads the
 * same untargeted first set the same way, so the next workout plans from it too.
 */
export async function logBodyweightCalibrationSet(
  input: HandlerInput,
  turn: Turn,
  workout: ActiveWorkout,
  spoken: SpokenSet,
): Promise<Response> {
  const { speaker } = turn;
  const user = await turn.user();
  const exercise = exerciseAt(workout);
  const profile = user.profile;
  if (!exercise || !profile?.goal || !profile.level || !profile.unit) {
    return ask(
      input,
      speaker.fixed('calibration.askBodyweight'),
      speaker.fixed('calibration.askBodyweightReprompt'),
      { pending: { kind: 'ask-reps' } },
    );
  }
  const training = {
    exerciseId: exercise.exerciseId,
    goal: profile.goal,
    level: profile.level,
    focus: workout.plan.focus,
    unit: profile.unit,
  };
  const prescription = prescribe({
    ...training,
    oneRepMax: null,
    progression: bodyweightStart({ ...training, reps: spoken.reps, now: turn.now.toISOString() }),
  });
  const first = prescription.ok ? prescription.value.workingSets[0] : undefined;
  if (!prescription.ok || !first) {
    // Nothing is saved that could not be planned from.
    return ask(
      input,
      speaker.fixed('calibration.askBodyweight'),
      speaker.fixed('calibration.askBodyweightReprompt'),
      { pending: { kind: 'ask-reps' } },
    );
  }
  const set = newSet(turn, workout, profile, {
    exerciseId: exercise.exerciseId,
    kind: 'working',
    reps: spoken.reps,
    load: spoken.load,
    failed: spoken.failed,
    target: null,
    exerciseIndex: workout.cursor.exerciseIndex,
    setIndex: workout.cursor.setIndex,
  });
  const exercises = [...workout.plan.exercises];
  exercises[workout.cursor.exerciseIndex] = {
    status: 'ready',
    exerciseId: exercise.exerciseId,
    name: exercise.name,
    prescription: prescription.value,
  };
  const measured: ActiveWorkout = { ...workout, plan: { ...workout.plan, exercises } };
  // That set warmed the lifter up: the working sets follow, without the easy warm-up.
  const cursor = {
    exerciseIndex: workout.cursor.exerciseIndex,
    setIndex: prescription.value.warmUpSets.length,
    phase: 'resting' as const,
  };
  const after: ActiveWorkout = {
    ...measured,
    cursor,
    currentTarget: targetOf(exercise.exerciseId, plannedSetAt(measured, cursor)),
    setsLogged: [...workout.setsLogged, sessionSet(set)],
  };
  const said = sentences(
    spoken.conversion,
    loggedSentence(speaker, set.reps, spoken.load, set.failed),
    speaker.fixed('calibration.bodyweightSet', { exercise: exercise.name, reps: sayReps(first.targetReps) }),
  );
  return completeSetTurn(input, turn, {
    user,
    before: workout,
    after,
    loggedSet: set,
    said,
    restSeconds: prescription.value.restSeconds,
  });
}
