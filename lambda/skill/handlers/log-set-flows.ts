import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { findExercise, nextSet, type Weight } from '../../rules';
import type { ActiveWorkout, NewLoggedSet, SetTarget } from '../../store';
import { ask, sentences } from '../reply';
import { saveChanges } from '../save';
import { sayWeight } from '../speech/numbers';
import type { Turn } from '../turn';
import { completeSetTurn } from '../workout/after-set';
import { capitalised } from '../workout/describe';
import { cursorAfter, exerciseAt, plannedSetAt, targetOf } from '../workout/engine';
import { gapFromPlan, type PlanGap } from '../workout/load-check';
import { newSet, type SpokenSet, sessionSet, untargetedSet } from '../workout/logged-set';
import { loggedSentence } from '../workout/logged-words';
import { workoutQuestion } from '../workout/prompt';

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
  if (spoken.load && !spoken.loadConfirmed && target.kind === 'working' && target.load) {
    const gap = gapFromPlan(spoken.load, target.load);
    if (gap) return askToConfirmLoad(input, turn, exercise.exerciseId, spoken, spoken.load, target.load, gap);
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
    ...(spoken.replaces ? { withdrawal: spoken.replaces } : {}),
  });
}

/** Reads a load far from the plan back before anything is logged; "yes" logs it, "no" asks again. */
function askToConfirmLoad(
  input: HandlerInput,
  turn: Turn,
  exerciseId: string,
  spoken: SpokenSet,
  load: Weight,
  planned: Weight,
  gap: Exclude<PlanGap, null>,
): Response {
  const { speaker } = turn;
  const vars = {
    load: sayWeight(load),
    planned: sayWeight(planned),
    gap: speaker.fixed(`logging.planGap.${gap}`),
  };
  const check = spoken.saidAs
    ? speaker.fixed('logging.loadCheckConverted', { ...vars, said: sayWeight(spoken.saidAs) })
    : speaker.fixed('logging.loadCheck', vars);
  return ask(input, capitalised(check), speaker.fixed('logging.loadCheckReprompt', vars), {
    pending: {
      kind: 'confirm-load',
      exerciseId,
      reps: spoken.reps,
      weight: load.value,
      unit: load.unit,
      failed: spoken.failed,
    },
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
  const set = untargetedSet(turn, workout, user.profile, spoken, {
    exerciseId,
    exerciseIndex: Math.max(0, index),
    setIndex: workout.setsLogged.length,
  });
  const after: ActiveWorkout = { ...workout, setsLogged: [...workout.setsLogged, sessionSet(set)] };
  const saved = await saveChanges(turn, {
    activeWorkout: after,
    loggedSet: set,
    ...(spoken.replaces ? { withdrawnSet: spoken.replaces } : {}),
  });
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
