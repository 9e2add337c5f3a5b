import type { interfaces } from 'ask-sdk-model';
import { emptyProfile } from '../../store';
import { isRequest } from '../guards';
import { logger } from '../logging';
import { ask, sentences, tell } from '../reply';
import { cancelRestTimer, restLeft, spokenRest, startRestTimer } from '../rest';
import { saveChanges } from '../save';
import { sayDuration } from '../speech/numbers';
import { activePhase } from '../workout/engine';
import { workoutQuestion } from '../workout/prompt';
import { restToTell } from '../workout/rest-length';
import { defineHandler } from './define';

/** Shortest rest still worth a timer after the consent dialog took its time. */
const shortestTimerSeconds = 10;

/**
 * Alexa's answer to the AskFor timers question. ACCEPTED starts a timer for what is left of the
 * rest; DENIED and NOT_ANSWERED count the rest out loud (DENIED is remembered, so it is not asked again).
 */
export const timerConsentAnswer = defineHandler(
  'TimerConsentAnswer',
  isRequest('Connections.Response'),
  async (input, turn) => {
    const { speaker } = turn;
    const request = input.requestEnvelope.request as interfaces.connections.ConnectionsResponse;
    const answer = String(request.payload?.status ?? 'NOT_ANSWERED');
    const user = await turn.user();
    const profile = user.profile ?? emptyProfile(turn.now, turn.locale);
    const consent = answer === 'ACCEPTED' ? 'granted' : answer === 'DENIED' ? 'denied' : profile.timerConsent;
    const thanks = speaker.fixed(
      answer === 'ACCEPTED'
        ? 'rest.consentGranted'
        : answer === 'DENIED'
          ? 'rest.consentDenied'
          : 'rest.consentUnanswered',
    );
    logger.info('Timer consent answered', { user: turn.userHash, answer });
    const profileChange =
      consent !== profile.timerConsent ? { profile: { ...profile, timerConsent: consent } } : {};
    const workout = user.activeWorkout;

    if (workout?.cursor.phase !== 'resting') {
      const saved = await saveChanges(turn, profileChange);
      if (!saved.ok)
        return ask(input, speaker.fixed('general.saveFailed'), speaker.fixed('general.saveFailedReprompt'));
      const follow = workout ? workoutQuestion(speaker, workout) : null;
      return ask(
        input,
        sentences(thanks, follow?.lead, follow?.question ?? speaker.fixed('general.whatNow')),
        follow?.reprompt ?? speaker.fixed('general.whatNowReprompt'),
        follow ? { pending: follow.pending } : {},
      );
    }

    // The timer gets what is left of the rest; the lifter hears the rest as planned.
    const planned = restToTell(workout) ?? 0;
    const seconds = restLeft(planned, workout.lastTurnAt, turn.now);
    if (consent === 'granted' && seconds >= shortestTimerSeconds) {
      const timer = await startRestTimer(input, turn, seconds, workout.workoutId, turn.skillId);
      if (timer.kind === 'created') {
        const saved = await saveChanges(turn, {
          ...profileChange,
          activeWorkout: { ...workout, restTimerId: timer.timerId },
        });
        if (!saved.ok) {
          await cancelRestTimer(input, turn, timer.timerId);
          return ask(input, speaker.fixed('general.saveFailed'), speaker.fixed('general.saveFailedReprompt'));
        }
        return tell(
          input,
          sentences(thanks, speaker.say('rest.timerSet', { duration: sayDuration(planned) })),
        );
      }
    }
    // No timer: count what is left out loud, or leave a long rest to the lifter.
    const spoken = spokenRest(speaker, seconds);
    const after =
      spoken.kind === 'countdown'
        ? { ...workout, cursor: { ...workout.cursor, phase: activePhase(workout) } }
        : workout;
    const saved = await saveChanges(turn, {
      ...profileChange,
      ...(after !== workout ? { activeWorkout: after } : {}),
    });
    if (!saved.ok)
      return ask(input, speaker.fixed('general.saveFailed'), speaker.fixed('general.saveFailedReprompt'));
    // A long rest is not counted out loud either: say what really happens (the lifter comes back).
    if (spoken.kind === 'long') {
      const noTimer = answer === 'DENIED' ? 'rest.consentDeniedLong' : 'rest.consentUnansweredLong';
      return tell(
        input,
        sentences(
          answer === 'ACCEPTED' ? thanks : speaker.fixed(noTimer),
          spokenRest(speaker, planned).speech,
        ),
      );
    }
    const question = workoutQuestion(speaker, after);
    return ask(input, sentences(thanks, spoken.speech, question.lead, question.question), question.reprompt, {
      pending: question.pending,
    });
  },
);
