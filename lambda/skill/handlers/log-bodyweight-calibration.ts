import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { bodyweightStart, prescribe } from '../../rules';
import type { ActiveWorkout } from '../../store';
import { ask, sentences } from '../reply';
import { sayReps } from '../speech/numbers';
import type { Turn } from '../turn';
import { completeSetTurn } from '../workout/after-set';
import { calibrationSet, onToWorkingSets } from '../workout/calibration-set';
import { exerciseAt } from '../workout/engine';
import type { SpokenSet } from '../workout/logged-set';
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
  const set = calibrationSet(turn, workout, profile, exercise.exerciseId, spoken);
  const after = onToWorkingSets(workout, exercise, prescription.value, set);
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
    ...(spoken.replaces ? { withdrawal: spoken.replaces } : {}),
    said,
    restSeconds: prescription.value.restSeconds,
  });
}
