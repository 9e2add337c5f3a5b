import { randomUUID } from 'node:crypto';
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { type ActiveWorkout, activeWorkoutLifetimeSeconds } from '../../store';
import { all, hasActiveWorkout, isIntent, not, pendingIs } from '../guards';
import { ask, sentences } from '../reply';
import { saveChanges } from '../save';
import type { Turn } from '../turn';
import { plannedSetAt, startOfExercise, targetOf } from '../workout/engine';
import { workoutQuestion } from '../workout/prompt';
import { defineHandler } from './define';
import { onboardingGate, trainingDayOrRest } from './todays-workout';

async function startWorkout(input: HandlerInput, turn: Turn): Promise<Response> {
  const { speaker } = turn;
  const gate = await onboardingGate(input, turn);
  if (gate) return gate;
  const user = await turn.user();
  if (user.activeWorkout) {
    const question = workoutQuestion(speaker, user.activeWorkout);
    return ask(
      input,
      sentences(speaker.fixed('workout.alreadyRunning'), question.lead, question.question),
      question.reprompt,
      {
        pending: question.pending,
      },
    );
  }
  const today = await trainingDayOrRest(input, turn);
  if ('response' in today) return today.response;
  const { plan } = today;
  const at = turn.now.toISOString();
  const draft: ActiveWorkout = {
    workoutId: randomUUID(),
    startedAt: at,
    plan,
    cursor: { exerciseIndex: 0, setIndex: 0, phase: 'working' },
    currentTarget: null,
    restTimerId: null,
    setsLogged: [],
    notes: {},
    lastTurnAt: at,
    expiresAt: Math.floor(turn.now.getTime() / 1000) + activeWorkoutLifetimeSeconds,
    // Replaces an expired or unreadable workout item, and still loses to a concurrent start.
    version: user.workoutVersion,
  };
  const cursor = startOfExercise(draft, 0);
  const first = plan.exercises[0];
  const workout: ActiveWorkout = {
    ...draft,
    cursor,
    currentTarget: first ? targetOf(first.exerciseId, plannedSetAt(draft, cursor)) : null,
  };
  const saved = await saveChanges(turn, { activeWorkout: workout });
  if (!saved.ok)
    return ask(input, speaker.fixed('general.saveFailed'), speaker.fixed('general.saveFailedReprompt'));
  const question = workoutQuestion(speaker, workout);
  return ask(
    input,
    sentences(speaker.say('workout.started'), question.lead, question.question),
    question.reprompt,
    // On a screen the first set is shown (the screen interceptor): the plan was "today's workout".
    { pending: question.pending },
  );
}

export const startWorkoutIntent = defineHandler('StartWorkout', isIntent('StartWorkoutIntent'), startWorkout);

/** "Yes" to "Shall we start?" / "Shall I start today's workout?" */
export const yesToStart = defineHandler(
  'YesToStart',
  all(isIntent('AMAZON.YesIntent'), pendingIs('offer-start')),
  startWorkout,
);

/** "Ready" or "next set" with today's workout offered and none going: the lifter means start it. */
export const readyToStart = defineHandler(
  'ReadyToStart',
  all(isIntent('NextSetIntent'), pendingIs('offer-start', 'offer-workout'), not(hasActiveWorkout)),
  startWorkout,
);
