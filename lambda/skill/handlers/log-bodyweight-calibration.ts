import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { bodyweightStart, prescribe } from '../../rules';
import type { ActiveWorkout } from '../../store';
import { ask, sentences } from '../reply';
import { sayReps } from '../speech/numbers';
import type { Turn } from '../turn';
import { completeSetTurn } from '../workout/after-set';
import { cursorAfter, exerciseAt, plannedSetAt, targetOf } from '../workout/engine';
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
  const prescription =
    spoken.reps > 0
      ? prescribe({
          ...training,
          oneRepMax: null,
          progression: bodyweightStart({ ...training, reps: spoken.reps, now: turn.now.toISOString() }),
        })
      : null;
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
  let after: ActiveWorkout;
  if (prescription?.ok) {
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
    after = {
      ...measured,
      cursor,
      currentTarget: targetOf(exercise.exerciseId, plannedSetAt(measured, cursor)),
      setsLogged: [...workout.setsLogged, sessionSet(set)],
    };
  } else {
    // No rep at all: the lift waits for another day, and the workout moves on.
    const cursor = cursorAfter(workout, { ...workout.cursor, setIndex: Number.MAX_SAFE_INTEGER - 1 });
    after = {
      ...workout,
      cursor,
      currentTarget: targetOf(
        exerciseAt(workout, cursor.exerciseIndex)?.exerciseId ?? '',
        plannedSetAt(workout, cursor),
      ),
      setsLogged: [...workout.setsLogged, sessionSet(set)],
    };
  }
  const targetReps = prescription?.ok ? prescription.value.workingSets[0]?.targetReps : undefined;
  const said = sentences(
    spoken.conversion,
    loggedSentence(speaker, set.reps, spoken.load, set.failed),
    targetReps
      ? speaker.fixed('calibration.bodyweightSet', { exercise: exercise.name, reps: sayReps(targetReps) })
      : '',
  );
  return completeSetTurn(input, turn, {
    user,
    before: workout,
    after,
    loggedSet: set,
    said,
    restSeconds: prescription?.ok
      ? prescription.value.restSeconds
      : exercise.status === 'needs-max'
        ? exercise.calibration.restSeconds
        : 120,
  });
}
