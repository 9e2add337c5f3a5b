import type { HandlerInput } from 'ask-sdk-core';
import type { LaunchRequest, Response } from 'ask-sdk-model';
import type { ActiveWorkout } from '../../store';
import { all, isIntent, isResumeTask, pendingIs } from '../guards';
import { ask, sentences } from '../reply';
import { cancelRestTimer } from '../rest';
import { saveChanges } from '../save';
import type { Turn } from '../turn';
import { activePhase } from '../workout/engine';
import { openOnboardingQuestion } from '../workout/onboarding';
import { workoutQuestion } from '../workout/prompt';
import { defineHandler } from './define';

/** No workout: offer to start one, or during onboarding ask its open question (changes nothing). */
export async function noWorkout(input: HandlerInput, turn: Turn, lead = ''): Promise<Response> {
  const { speaker } = turn;
  const onboarding = await openOnboardingQuestion(turn);
  if (onboarding) {
    return ask(
      input,
      sentences(
        lead,
        speaker.fixed('workout.noActive'),
        speaker.fixed('onboarding.needFirst'),
        onboarding.question,
      ),
      onboarding.reprompt,
      { pending: onboarding.pending },
    );
  }
  return ask(
    input,
    sentences(lead, speaker.fixed('workout.noActive'), speaker.fixed('workout.offerStart')),
    speaker.fixed('workout.offerStartReprompt'),
    {
      pending: { kind: 'offer-start' },
    },
  );
}

/**
 * The rest is over ("ready", or the rest timer's task launch): the running timer is cancelled and the
 * cursor leaves `resting`, then the next set is described.
 */
export async function resumeAtNextSet(input: HandlerInput, turn: Turn, lead: string): Promise<Response> {
  const { speaker } = turn;
  const { activeWorkout } = await turn.user();
  if (!activeWorkout) return noWorkout(input, turn);
  let workout: ActiveWorkout = activeWorkout;
  if (workout.cursor.phase === 'resting' || workout.restTimerId) {
    await cancelRestTimer(input, turn, workout.restTimerId);
    workout = {
      ...workout,
      restTimerId: null,
      cursor:
        workout.cursor.phase === 'resting'
          ? { ...workout.cursor, phase: activePhase(workout) }
          : workout.cursor,
    };
    const saved = await saveChanges(turn, { activeWorkout: workout });
    if (!saved.ok)
      return ask(input, speaker.fixed('general.saveFailed'), speaker.fixed('general.saveFailedReprompt'));
  }
  const question = workoutQuestion(speaker, workout);
  return ask(input, sentences(lead, question.lead, question.question), question.reprompt, {
    pending: question.pending,
  });
}

export const nextSetIntent = defineHandler(
  'NextSet',
  isIntent('NextSetIntent', 'AMAZON.ResumeIntent'),
  (input, turn) => resumeAtNextSet(input, turn, ''),
);

/** "Yes" to "Ready for the next set?" */
export const yesToReady = defineHandler(
  'YesToReady',
  all(isIntent('AMAZON.YesIntent'), pendingIs('ask-ready')),
  (input, turn) => resumeAtNextSet(input, turn, ''),
);

/** The rest timer ended and the lifter said yes to continuing: a LaunchRequest with the ResumeWorkout task. */
export const resumeTask = defineHandler('ResumeTask', isResumeTask, async (input, turn) => {
  const { activeWorkout } = await turn.user();
  const request = input.requestEnvelope.request as LaunchRequest;
  const workoutId = (request.task?.input as { workoutId?: unknown } | undefined)?.workoutId;
  // A timer from a workout that has ended since resumes nothing.
  if (!activeWorkout || (typeof workoutId === 'string' && workoutId !== activeWorkout.workoutId)) {
    return noWorkout(input, turn, turn.speaker.say('welcome.back'));
  }
  // Alexa has just said the rest is over and asked to continue: no second "time's up".
  return resumeAtNextSet(input, turn, turn.speaker.say('rest.resumed'));
});
