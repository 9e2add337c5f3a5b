import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { estimateOneRepMax, findExercise, prescribe, progressionFor, roundedEstimate } from '../../rules';
import type { ActiveWorkout, LiftSnapshot } from '../../store';
import { ask, sentences } from '../reply';
import { sayWeight } from '../speech/numbers';
import type { Turn } from '../turn';
import { completeSetTurn } from '../workout/after-set';
import { calibrationSet, measuredBy, onToWorkingSets } from '../workout/calibration-set';
import { cursorAfter, exerciseAt, plannedSetAt, targetOf } from '../workout/engine';
import { type SpokenSet, sessionSet } from '../workout/logged-set';
import { loggedSentence } from '../workout/logged-words';
import { logBodyweightCalibrationSet } from './log-bodyweight-calibration';

/** The reps the calibration instruction leaves in the tank ("about two to spare"). */
const CALIBRATION_RESERVE = 2;
/** The top of the source's 6–12 reps: a set of more says too little about a max. */
const CALIBRATION_MOST_REPS = 12;

/**
 * No max known for this lift: the lifter worked up to a weight for about eight reps. The rules
 * estimate the max and prescribe the lift; the set, the new plan and the max are saved together.
 */
export async function logCalibrationSet(
  input: HandlerInput,
  turn: Turn,
  workout: ActiveWorkout,
  spoken: SpokenSet,
): Promise<Response> {
  if (findExercise(exerciseAt(workout)?.exerciseId ?? '')?.bodyweight) {
    return logBodyweightCalibrationSet(input, turn, workout, spoken);
  }
  const { speaker } = turn;
  const user = await turn.user();
  const exercise = exerciseAt(workout);
  if (!spoken.load || !exercise || !user.profile?.goal || !user.profile.level || !user.profile.unit) {
    return ask(
      input,
      speaker.fixed('calibration.needWeight'),
      speaker.fixed('calibration.needWeightReprompt'),
      // The reps are kept, so a bare "sixty kilos" completes the set.
      { pending: { kind: 'ask-reps', reps: spoken.reps, failed: spoken.failed } },
    );
  }
  // The lifter was asked for about eight with two to spare; anything in the 6–12 of the source's
  // row tells a max. Reserve is credited up to the ten reps the formulas are trusted for.
  const reserve = spoken.failed ? 0 : Math.max(0, Math.min(CALIBRATION_RESERVE, 10 - spoken.reps));
  const estimate =
    spoken.reps <= CALIBRATION_MOST_REPS ? estimateOneRepMax(spoken.load, spoken.reps, reserve) : null;
  if (!estimate?.ok) {
    return ask(input, speaker.fixed('calibration.tooManyReps'), speaker.fixed('calibration.askReprompt'), {
      pending: { kind: 'ask-reps' },
    });
  }
  const oneRepMax = {
    value: Math.round(estimate.value.oneRepMax.value * 2) / 2,
    unit: estimate.value.oneRepMax.unit,
  };
  const prescription = prescribe({
    exerciseId: exercise.exerciseId,
    goal: user.profile.goal,
    level: user.profile.level,
    focus: workout.plan.focus,
    unit: user.profile.unit,
    oneRepMax,
    progression: progressionFor(
      statsBefore(user.stats[exercise.exerciseId], workout),
      exercise.exerciseId,
      workout.plan.focus,
    ),
  });
  const set = calibrationSet(turn, workout, user.profile, exercise.exerciseId, spoken);
  const profile = {
    ...user.profile,
    statedMaxes: {
      ...user.profile.statedMaxes,
      [exercise.exerciseId]: {
        oneRepMax,
        weight: spoken.load,
        reps: spoken.reps,
        statedAt: turn.now.toISOString(),
      },
    },
  };
  let after: ActiveWorkout;
  if (prescription.ok) {
    after = onToWorkingSets(workout, exercise, prescription.value, set);
  } else {
    const cursor = cursorAfter(workout, { ...workout.cursor, setIndex: Number.MAX_SAFE_INTEGER - 1 });
    after = measuredBy({
      ...workout,
      cursor,
      currentTarget: targetOf(
        exerciseAt(workout, cursor.exerciseIndex)?.exerciseId ?? '',
        plannedSetAt(workout, cursor),
      ),
      setsLogged: [...workout.setsLogged, sessionSet(set)],
    });
  }
  const said = sentences(
    spoken.conversion,
    loggedSentence(speaker, set.reps, spoken.load, set.failed),
    speaker.fixed('calibration.calibrated', {
      exercise: exercise.name,
      max: sayWeight(roundedEstimate(oneRepMax)),
    }),
  );
  const restSeconds = prescription.ok
    ? prescription.value.restSeconds
    : exercise.status === 'needs-max'
      ? exercise.calibration.restSeconds
      : 120;
  return completeSetTurn(input, turn, {
    user,
    before: workout,
    after,
    loggedSet: set,
    profile,
    ...(spoken.replaces ? { withdrawal: spoken.replaces } : {}),
    said,
    restSeconds,
  });
}

/**
 * What was known of the lift before this workout. A lift is measured by its first set of the
 * workout, so stats already folded from this workout's sets of it come from the set a correction
 * is taking back now: planning from them would keep the withdrawn set's targets.
 */
function statsBefore(stats: LiftSnapshot | undefined, workout: ActiveWorkout): LiftSnapshot | undefined {
  return stats?.session?.workoutId === workout.workoutId ? undefined : stats;
}
