import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { ask, openQuestion, type ReplyExtras, sentences } from '../reply';
import type { Turn } from '../turn';
import { openOnboardingQuestion } from '../workout/onboarding';
import { workoutQuestion } from '../workout/prompt';

/**
 * An answer to a side question, then the question that was open before it ("Shall we start?" stays
 * open across "how long do I rest?"), else the workout goes on (or onboarding's open question, or
 * "what now?"). Changes nothing.
 */
export async function answer(
  input: HandlerInput,
  turn: Turn,
  said: string,
  extras: ReplyExtras = {},
): Promise<Response> {
  const { speaker } = turn;
  const open = openQuestion(input);
  if (open) {
    return ask(input, sentences(said, open.question), open.reprompt, { ...extras, pending: open.pending });
  }
  const { activeWorkout } = await turn.user();
  if (activeWorkout) {
    const question = workoutQuestion(speaker, activeWorkout, true);
    return ask(input, sentences(said, question.question), question.reprompt, {
      ...extras,
      pending: question.pending,
    });
  }
  const onboarding = await openOnboardingQuestion(turn);
  if (onboarding) {
    return ask(input, sentences(said, onboarding.question), onboarding.reprompt, {
      ...extras,
      pending: onboarding.pending,
    });
  }
  return ask(
    input,
    sentences(said, speaker.fixed('general.whatNow')),
    speaker.fixed('general.whatNowReprompt'),
    extras,
  );
}
