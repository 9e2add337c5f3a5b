import { getRequestType, type HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { all, isIntent, isRequest, pendingIs } from '../guards';
import { logger } from '../logging';
import { ask, lastSaid, pendingOf, sentences, silent, tell } from '../reply';
import type { Turn } from '../turn';
import { isUnheardRequestType } from '../unheard-requests';
import { openOnboardingQuestion } from '../workout/onboarding';
import { workoutQuestion } from '../workout/prompt';
import { defineHandler } from './define';

export const help = defineHandler('Help', isIntent('AMAZON.HelpIntent'), async (input, turn) => {
  const { speaker } = turn;
  const { activeWorkout } = await turn.user();
  if (activeWorkout) {
    const question = workoutQuestion(speaker, activeWorkout, true);
    return ask(
      input,
      speaker.fixed('general.helpInWorkout', { next: question.question }),
      question.reprompt,
      {
        pending: question.pending,
        card: {
          title: speaker.fixed('card.helpTitle'),
          text: speaker.fixed('general.helpInWorkout', { next: '' }),
        },
      },
    );
  }
  const onboarding = await openOnboardingQuestion(turn);
  if (onboarding) {
    return ask(
      input,
      sentences(speaker.fixed('general.helpOnboarding'), onboarding.question),
      onboarding.reprompt,
      { pending: onboarding.pending },
    );
  }
  return ask(input, speaker.fixed('general.help'), speaker.fixed('general.helpReprompt'));
});

/** Stop, Cancel, Pause and Home never end a workout: it stays stored and resumes on the next launch. */
export const stop = defineHandler(
  'Stop',
  isIntent('AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.PauseIntent', 'AMAZON.NavigateHomeIntent'),
  async (input, turn) => {
    const { activeWorkout } = await turn.user();
    return tell(input, turn.speaker.say(activeWorkout ? 'workout.savedForLater' : 'general.goodbye'));
  },
);

export const repeat = defineHandler('Repeat', isIntent('AMAZON.RepeatIntent'), (input, turn) => {
  const last = lastSaid(input);
  if (!last)
    return ask(
      input,
      turn.speaker.fixed('general.nothingToRepeat'),
      turn.speaker.fixed('general.whatNowReprompt'),
    );
  // The question repeated is still the open one: its context stays.
  return ask(input, last.speech, last.reprompt, { pending: pendingOf(input) ?? undefined });
});

/** "No" to an offer (today's workout, start, a free set, wrap up): nothing happens, the lifter leads. */
export const noToOffer = defineHandler(
  'NoToOffer',
  all(isIntent('AMAZON.NoIntent'), pendingIs('offer-workout', 'offer-start', 'free-set')),
  (input, turn) => tell(input, turn.speaker.say('general.goodbye')),
);

/** "No" to "ready?" or "wrap up?": the workout waits. */
export const noInWorkout = defineHandler(
  'NoInWorkout',
  all(isIntent('AMAZON.NoIntent'), pendingIs('ask-ready', 'wrap-up', 'ask-reps')),
  (input, turn) => tell(input, turn.speaker.say('workout.savedForLater')),
);

/** Yes or No with nothing asked: say so, change nothing. */
export const yesNoOutOfContext = defineHandler(
  'YesNoOutOfContext',
  isIntent('AMAZON.YesIntent', 'AMAZON.NoIntent'),
  async (input, turn) => {
    const { speaker } = turn;
    const { activeWorkout } = await turn.user();
    const question = activeWorkout
      ? workoutQuestion(speaker, activeWorkout, true)
      : await openOnboardingQuestion(turn);
    return ask(
      input,
      sentences(
        speaker.fixed('general.yesNoContext'),
        question?.question ?? speaker.fixed('general.whatNow'),
      ),
      question?.reprompt ?? speaker.fixed('general.whatNowReprompt'),
      question ? { pending: question.pending } : {},
    );
  },
);

async function didNotUnderstand(input: HandlerInput, turn: Turn): Promise<Response> {
  const { speaker } = turn;
  const { activeWorkout } = await turn.user();
  const onboarding = await openOnboardingQuestion(turn);
  if (onboarding) {
    return ask(input, speaker.fixed('general.fallback', { hint: onboarding.question }), onboarding.reprompt, {
      pending: onboarding.pending,
    });
  }
  const hint = activeWorkout
    ? speaker.fixed('general.fallbackHintWorkout')
    : speaker.fixed('general.fallbackHint');
  const reprompt = activeWorkout
    ? speaker.fixed('workout.askRepsReprompt')
    : speaker.fixed('general.whatNowReprompt');
  return ask(
    input,
    speaker.fixed('general.fallback', { hint }),
    reprompt,
    activeWorkout ? { pending: { kind: 'ask-reps' } } : {},
  );
}

/** Words the model could not place. */
export const fallbackIntent = defineHandler(
  'FallbackIntent',
  isIntent('AMAZON.FallbackIntent'),
  didNotUnderstand,
);

/** An intent this skill has no handler for (a newer model than this code): treated like unplaced words. */
export const fallback = defineHandler('UnknownIntent', isRequest('IntentRequest'), didNotUnderstand);

/** Any other request type (screen touches, audio events...): a harmless answer, nothing changes. */
export const unexpectedRequest = defineHandler(
  'UnexpectedRequest',
  () => true,
  (input, turn) => {
    const type = getRequestType(input.requestEnvelope);
    logger.info('Unexpected request type answered harmlessly', { user: turn.userHash, requestType: type });
    if (isUnheardRequestType(type)) return silent(input);
    return tell(input, turn.speaker.fixed('general.unsupported'));
  },
);
