import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { estimateOneRepMax, findExercise, nextSet, prescribe, type Weight } from '../../rules';
import {
  type ActiveWorkout,
  type NewLoggedSet,
  type Profile,
  type SessionSet,
  type SetTarget,
  setSortKey,
} from '../../store';
import { ask, sentences } from '../reply';
import { saveChanges } from '../save';
import { sayWeight } from '../speech/numbers';
import type { Turn } from '../turn';
import { completeSetTurn } from '../workout/after-set';
import { cursorAfter, exerciseAt, plannedSetAt, targetOf } from '../workout/engine';
import { loggedSentence } from '../workout/logged-words';
import { workoutQuestion } from '../workout/prompt';

export interface SpokenSet {
  reps: number;
  /** Null: the lifter did not say a weight (the target's load applies). */
  load: Weight | null;
  failed: boolean;
  /** "That's two hundred and twenty pounds." when the lifter said another unit. */
  conversion: string;
}

export function newSet(
  turn: Turn,
  workout: ActiveWorkout,
  profile: Profile | null,
  fields: Pick<
    NewLoggedSet,
    'exerciseId' | 'kind' | 'reps' | 'load' | 'failed' | 'target' | 'exerciseIndex' | 'setIndex'
  >,
): NewLoggedSet {
  return {
    ...fields,
    requestId: turn.requestId,
    effort: fields.failed ? 'failure' : null,
    goal: profile?.goal ?? null,
    level: profile?.level ?? null,
    unit: profile?.unit ?? null,
    workoutId: workout.workoutId,
    workoutStartedAt: workout.startedAt,
    focus: workout.plan.focus,
    loggedAt: turn.requestedAt,
  };
}

/** A retried request whose set is already on the workout: answer as the first attempt did, store nothing. */
export function alreadyLogged(turn: Turn, workout: ActiveWorkout): boolean {
  return workout.setsLogged.some((set) => set.setKey.endsWith(`#${turn.requestId}`));
}

function sessionSet(set: NewLoggedSet): SessionSet {
  return {
    setKey: setSortKey(set.loggedAt, set.requestId),
    exerciseId: set.exerciseId,
    exerciseIndex: set.exerciseIndex,
    setIndex: set.setIndex,
    kind: set.kind,
    reps: set.reps,
    load: set.load,
    failed: set.failed,
    effort: set.effort,
  };
}

/** The next target: the rules adjust the next set of the same lift from this one; a new lift starts as planned. */
function nextTarget(
  workout: ActiveWorkout,
  logged: NewLoggedSet,
  target: SetTarget,
): { target: SetTarget | null; change: string } {
  const cursor = cursorAfter(workout, workout.cursor);
  if (cursor.phase === 'done') return { target: null, change: 'keep' };
  const exercise = exerciseAt(workout, cursor.exerciseIndex);
  const plannedSet = targetOf(exercise?.exerciseId ?? logged.exerciseId, plannedSetAt(workout, cursor));
  // A rest the lifter chose ("rest longer") holds for the rest of the workout's working sets.
  const chosenRest = workout.notes.restSeconds;
  const planned =
    plannedSet && plannedSet.kind === 'working' && typeof chosenRest === 'number'
      ? { ...plannedSet, restSeconds: chosenRest }
      : plannedSet;
  const sameLift = cursor.exerciseIndex === workout.cursor.exerciseIndex;
  if (!planned || !sameLift || logged.kind !== 'working' || planned.kind !== 'working')
    return { target: planned, change: 'keep' };
  const advice = nextSet({
    exerciseId: logged.exerciseId,
    planned: { targetReps: target.reps, load: target.load },
    logged: { reps: logged.reps, load: logged.load, failed: logged.failed, effort: logged.effort },
  });
  if (!advice.ok) return { target: planned, change: 'keep' };
  return {
    target: { ...planned, reps: advice.value.targetReps, load: advice.value.load },
    change: advice.value.change,
  };
}

/** A set of the lift at the cursor: stored with its target, the cursor moves, the next set is adjusted. */
export async function logPlannedSet(
  input: HandlerInput,
  turn: Turn,
  workout: ActiveWorkout,
  spoken: SpokenSet,
): Promise<Response> {
  const { speaker } = turn;
  const user = await turn.user();
  const exercise = exerciseAt(workout);
  const target = workout.currentTarget ?? targetOf(exercise?.exerciseId ?? '', plannedSetAt(workout));
  if (!exercise || !target) {
    const question = workoutQuestion(speaker, workout);
    return ask(input, question.question, question.reprompt, { pending: question.pending });
  }
  const load = spoken.load ?? target.load;
  const set = newSet(turn, workout, user.profile, {
    exerciseId: exercise.exerciseId,
    kind: target.kind,
    reps: spoken.reps,
    load,
    failed: spoken.failed,
    target: { reps: target.reps, load: target.load },
    exerciseIndex: workout.cursor.exerciseIndex,
    setIndex: workout.cursor.setIndex,
  });
  const next = nextTarget(workout, set, target);
  const after: ActiveWorkout = {
    ...workout,
    cursor: cursorAfter(workout, workout.cursor),
    currentTarget: next.target,
    setsLogged: [...workout.setsLogged, sessionSet(set)],
  };
  const movedOn =
    after.cursor.phase !== 'done' && after.cursor.exerciseIndex !== workout.cursor.exerciseIndex;
  const adjusted =
    next.change === 'load-down' && next.target?.load
      ? speaker.fixed('workout.nextAdjusted', { load: sayWeight(next.target.load) })
      : '';
  const said = sentences(
    spoken.conversion,
    loggedSentence(speaker, set.reps, load, set.failed),
    adjusted,
    movedOn ? speaker.fixed('workout.exerciseDone', { exercise: exercise.name }) : '',
  );
  return completeSetTurn(input, turn, {
    user,
    before: workout,
    after,
    loggedSet: set,
    said,
    restSeconds: target.restSeconds,
  });
}

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
  const { speaker } = turn;
  const user = await turn.user();
  const exercise = exerciseAt(workout);
  if (!spoken.load || !exercise || !user.profile?.goal || !user.profile.level || !user.profile.unit) {
    return ask(
      input,
      speaker.fixed('calibration.needWeight'),
      speaker.fixed('calibration.needWeightReprompt'),
      {
        pending: { kind: 'ask-reps' },
      },
    );
  }
  const estimate = estimateOneRepMax(spoken.load, spoken.reps);
  if (!estimate.ok || estimate.value.confidence !== 'high') {
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
    progression: user.stats[exercise.exerciseId]?.progression ?? null,
  });
  const set = newSet(turn, workout, user.profile, {
    exerciseId: exercise.exerciseId,
    kind: 'working',
    reps: spoken.reps,
    load: spoken.load,
    failed: spoken.failed,
    target: null,
    exerciseIndex: workout.cursor.exerciseIndex,
    setIndex: workout.cursor.setIndex,
  });
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
  const exercises = [...workout.plan.exercises];
  let after: ActiveWorkout;
  if (prescription.ok) {
    // The lifter is warm from working up: the lift continues with its working sets.
    exercises[workout.cursor.exerciseIndex] = {
      status: 'ready',
      exerciseId: exercise.exerciseId,
      name: exercise.name,
      prescription: prescription.value,
    };
    const recalibrated: ActiveWorkout = { ...workout, plan: { ...workout.plan, exercises } };
    const cursor = {
      exerciseIndex: workout.cursor.exerciseIndex,
      setIndex: prescription.value.warmUpSets.length,
      phase: 'resting' as const,
    };
    after = {
      ...recalibrated,
      cursor,
      currentTarget: targetOf(exercise.exerciseId, plannedSetAt(recalibrated, cursor)),
      setsLogged: [...workout.setsLogged, sessionSet(set)],
    };
  } else {
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
  const said = sentences(
    spoken.conversion,
    loggedSentence(speaker, set.reps, spoken.load, set.failed),
    speaker.fixed('calibration.calibrated', { exercise: exercise.name, max: sayWeight(oneRepMax) }),
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
    said,
    restSeconds,
  });
}

/** A set of a lift that is not the one at the cursor: stored, the plan stays where it was. */
export async function logExtraSet(
  input: HandlerInput,
  turn: Turn,
  workout: ActiveWorkout,
  exerciseId: string,
  spoken: SpokenSet,
): Promise<Response> {
  const { speaker } = turn;
  const user = await turn.user();
  const index = workout.plan.exercises.findIndex((exercise) => exercise.exerciseId === exerciseId);
  const set = newSet(turn, workout, user.profile, {
    exerciseId,
    kind: 'working',
    reps: spoken.reps,
    load: spoken.load,
    failed: spoken.failed,
    target: null,
    exerciseIndex: Math.max(0, index),
    setIndex: workout.setsLogged.length,
  });
  const after: ActiveWorkout = { ...workout, setsLogged: [...workout.setsLogged, sessionSet(set)] };
  const saved = await saveChanges(turn, { activeWorkout: after, loggedSet: set });
  if (!saved.ok) {
    return ask(input, speaker.fixed('logging.saveFailed'), speaker.fixed('logging.saveFailedReprompt'), {
      pending: { kind: 'ask-reps' },
    });
  }
  const name = findExercise(exerciseId)?.name ?? exerciseId;
  const question = workoutQuestion(speaker, after, true);
  return ask(
    input,
    sentences(
      spoken.conversion,
      speaker.fixed('workout.extraLogged', {
        what: `${loggedSentence(speaker, set.reps, spoken.load, set.failed)}`,
        exercise: name,
      }),
      question.question,
    ),
    question.reprompt,
    { pending: question.pending },
  );
}
