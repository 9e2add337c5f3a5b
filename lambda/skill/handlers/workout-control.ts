import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { type Effort, nextSet } from '../../rules';
import type { ActiveWorkout, Profile, SetRating, SetTarget } from '../../store';
import { supportsApl } from '../display';
import { summaryScreen } from '../display-summary';
import { all, hasActiveWorkout, isIntent, not, pendingIs } from '../guards';
import { ask, sentences, tell } from '../reply';
import { cancelRestTimer } from '../rest';
import { saveChanges } from '../save';
import { resolvedSlot } from '../slots';
import { integerToWords, sayWeight } from '../speech/numbers';
import type { Turn } from '../turn';
import { exerciseAt, plannedSetAt, startOfExercise, targetOf } from '../workout/engine';
import { sayNewBests, writeNewBest } from '../workout/new-best-words';
import { nextPlannedSession, sayDaysAway, sayPlannedDay, sayTrainingDate } from '../workout/next-session';
import { workoutQuestion } from '../workout/prompt';
import { setContextOf } from '../workout/set-context';
import { summarise } from '../workout/summary';
import { defineHandler } from './define';
import { noWorkout } from './next-set';

const efforts = ['easy', 'hard', 'failure'] as const satisfies readonly Effort[];

/**
 * The next set of the same lift, adjusted again by the rules now that they know how the last set
 * felt (a set taken to failure short of its target brings the next one down).
 */
function retargeted(workout: ActiveWorkout, rated: ActiveWorkout['setsLogged'][number]): SetTarget | null {
  const current = workout.currentTarget;
  const { cursor } = workout;
  const followsRated = cursor.exerciseIndex === rated.exerciseIndex && cursor.setIndex === rated.setIndex + 1;
  if (!current || !followsRated || rated.kind !== 'working' || current.kind !== 'working') return current;
  const planned = plannedSetAt(workout, { ...cursor, setIndex: rated.setIndex });
  if (!planned) return current;
  const advice = nextSet({
    exerciseId: rated.exerciseId,
    planned: { targetReps: planned.reps, load: planned.load },
    logged: { reps: rated.reps, load: rated.load, failed: rated.failed, effort: rated.effort },
  });
  return advice.ok ? { ...current, reps: advice.value.targetReps, load: advice.value.load } : current;
}

/**
 * The rating the progress Lambda folds into the set's session: only a working set with its item key
 * (the latest set) has one; warm-ups move no estimate and no target.
 */
function ratingOf(
  turn: Turn,
  workout: ActiveWorkout,
  profile: Profile | null,
  rated: ActiveWorkout['setsLogged'][number],
): SetRating | undefined {
  if (!rated.setKey || rated.kind !== 'working' || rated.effort === null) return undefined;
  return {
    rates: rated.setKey,
    ...setContextOf(turn, workout, profile, rated),
    effort: rated.effort,
    ratedAt: turn.requestedAt,
  };
}

/**
 * "That was hard": the effort of the last set, kept on the workout for the rules' next adjustment
 * and, in the same write, stored as a rating of the logged set for the lift's progress.
 */
export const rateSet = defineHandler(
  'RateSet',
  all(isIntent('RateSetIntent'), hasActiveWorkout),
  async (input, turn) => {
    const { speaker } = turn;
    const user = await turn.user();
    const workout = user.activeWorkout as ActiveWorkout;
    const last = workout.setsLogged.at(-1);
    const effort = resolvedSlot(input, 'effort', efforts);
    const question = workoutQuestion(speaker, workout, true);
    if (!last) {
      return ask(
        input,
        sentences(speaker.fixed('workout.nothingToRate'), question.question),
        question.reprompt,
        { pending: question.pending },
      );
    }
    if (effort.kind !== 'match') {
      return ask(input, speaker.fixed('workout.whichEffort'), speaker.fixed('workout.whichEffortReprompt'), {
        pending: question.pending,
      });
    }
    const rated = { ...last, effort: effort.id };
    const after: ActiveWorkout = {
      ...workout,
      currentTarget: retargeted(workout, rated),
      setsLogged: [...workout.setsLogged.slice(0, -1), rated],
    };
    const saved = await saveChanges(turn, {
      activeWorkout: after,
      ratedSet: ratingOf(turn, workout, user.profile, rated),
    });
    if (!saved.ok)
      return ask(input, speaker.fixed('general.saveFailed'), speaker.fixed('general.saveFailedReprompt'));
    return ask(
      input,
      sentences(speaker.fixed(`workout.rated.${effort.id}`), question.question),
      question.reprompt,
      { pending: question.pending },
    );
  },
);

/** Moves on to the next lift; the skipped one keeps whatever sets were logged. */
export const skipExercise = defineHandler(
  'SkipExercise',
  all(isIntent('SkipExerciseIntent'), hasActiveWorkout),
  async (input, turn) => {
    const { speaker } = turn;
    const workout = (await turn.user()).activeWorkout as ActiveWorkout;
    const current = exerciseAt(workout);
    if (!current || workout.cursor.phase === 'done') {
      const question = workoutQuestion(speaker, workout);
      return ask(
        input,
        sentences(speaker.fixed('workout.noMoreToSkip'), question.question),
        question.reprompt,
        { pending: question.pending },
      );
    }
    await cancelRestTimer(input, turn, workout.restTimerId);
    const cursor = startOfExercise(workout, workout.cursor.exerciseIndex + 1);
    const next = exerciseAt(workout, cursor.exerciseIndex);
    const after: ActiveWorkout = {
      ...workout,
      cursor,
      restTimerId: null,
      currentTarget: next ? targetOf(next.exerciseId, plannedSetAt(workout, cursor)) : null,
    };
    const saved = await saveChanges(turn, { activeWorkout: after });
    if (!saved.ok)
      return ask(input, speaker.fixed('general.saveFailed'), speaker.fixed('general.saveFailedReprompt'));
    const question = workoutQuestion(speaker, after);
    return ask(
      input,
      sentences(
        speaker.fixed('workout.skipped', { exercise: current.name }),
        question.lead,
        question.question,
      ),
      question.reprompt,
      {
        pending: question.pending,
      },
    );
  },
);

/** "End workout": the summary, what comes next and when; the active workout is removed and the session ends. */
async function endWorkout(input: HandlerInput, turn: Turn): Promise<Response> {
  const { speaker } = turn;
  const user = await turn.user();
  const workout = user.activeWorkout;
  if (!workout) return noWorkout(input, turn);
  await cancelRestTimer(input, turn, workout.restTimerId);
  const saved = await saveChanges(turn, { endActiveWorkout: { version: workout.version } });
  if (!saved.ok)
    return ask(input, speaker.fixed('general.saveFailed'), speaker.fixed('general.saveFailedReprompt'));
  const facts = summarise(user, workout, turn.now);
  const sets = `${integerToWords(facts.workingSets)} ${facts.workingSets === 1 ? 'set' : 'sets'}`;
  const summary =
    facts.workingSets === 0
      ? speaker.fixed('endWorkout.noSets')
      : facts.volume
        ? speaker.fixed('endWorkout.summary', { sets, volume: sayWeight(facts.volume) })
        : speaker.fixed('endWorkout.summaryNoLoad', { sets });
  const records = sayNewBests(speaker, facts.newRecords);
  const planned = nextPlannedSession(user, new Date(turn.requestedAt));
  const next = planned
    ? speaker.fixed('schedule.nextTime', {
        when: sayTrainingDate(speaker, planned),
        session: sayPlannedDay(speaker, planned),
      })
    : facts.nextFocus && facts.nextInDays !== null
      ? speaker.fixed('endWorkout.next', {
          focus: speaker.fixed(`plan.focus.${facts.nextFocus}`),
          when: sayDaysAway(speaker, facts.nextInDays),
        })
      : '';
  const card = [
    `Working sets: ${facts.workingSets}`,
    facts.volume ? `Volume: ${facts.volume.value} ${facts.volume.unit}` : '',
    facts.newRecords.length > 0 ? `New bests: ${facts.newRecords.map(writeNewBest).join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  return tell(
    input,
    sentences(summary, records, next, facts.workingSets > 0 && speaker.fixed('endWorkout.greatWork')),
    {
      card: { title: speaker.fixed('card.summaryTitle'), text: card },
      directives: supportsApl(input) ? [summaryScreen(speaker, facts)] : [],
    },
  );
}

/** "End workout" with sets still to do asks first: a mis-heard "I'm done" must not end the session's plan. */
export const endWorkoutIntent = defineHandler(
  'EndWorkout',
  isIntent('EndWorkoutIntent'),
  async (input, turn) => {
    const { speaker } = turn;
    const workout = (await turn.user()).activeWorkout;
    if (!workout || workout.cursor.phase === 'done') return endWorkout(input, turn);
    return ask(input, speaker.fixed('workout.confirmEnd'), speaker.fixed('workout.confirmEndReprompt'), {
      pending: { kind: 'confirm-end' },
    });
  },
);

/** "Yes" to "End the workout now?" */
export const yesToEnd = defineHandler(
  'YesToEnd',
  all(isIntent('AMAZON.YesIntent'), pendingIs('confirm-end')),
  endWorkout,
);

/** "No" to "End the workout now?": the workout goes on where it was. */
export const noToEnd = defineHandler(
  'NoToEnd',
  all(isIntent('AMAZON.NoIntent'), pendingIs('confirm-end')),
  async (input, turn) => {
    const { speaker } = turn;
    const workout = (await turn.user()).activeWorkout;
    if (!workout) return noWorkout(input, turn);
    const question = workoutQuestion(speaker, workout);
    return ask(input, sentences(question.lead, question.question), question.reprompt, {
      pending: question.pending,
    });
  },
);

/** "Yes" to "Shall I wrap up?" after the last set. */
export const yesToWrapUp = defineHandler(
  'YesToWrapUp',
  all(isIntent('AMAZON.YesIntent'), pendingIs('wrap-up')),
  endWorkout,
);

/** Workout-only intents without a workout: say so and offer one (changes nothing). */
export const workoutIntentWithoutWorkout = defineHandler(
  'WorkoutIntentWithoutWorkout',
  all(isIntent('RateSetIntent', 'SkipExerciseIntent'), not(hasActiveWorkout)),
  (input, turn) => noWorkout(input, turn),
);
