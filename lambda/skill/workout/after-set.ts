import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { ActiveWorkout, LoadedUser, NewLoggedSet, Profile, SetWithdrawal } from '../../store';
import { ask, askForPermission, handOff, sentences, tell } from '../reply';
import { cancelRestTimer, timersPermissionScope } from '../rest';
import { saveChanges } from '../save';
import { sayDuration } from '../speech/numbers';
import type { Turn } from '../turn';
import { activePhase } from './engine';
import { workoutQuestion } from './prompt';
import { startRest } from './rest-flow';
import { restLengthNote } from './rest-length';

export interface SetTurn {
  user: LoadedUser;
  /** The workout as read this turn. */
  before: ActiveWorkout;
  /** The workout with the set appended, the cursor moved and the next target set. */
  after: ActiveWorkout;
  loggedSet: NewLoggedSet;
  /** A profile change made by this set (a calibrated max), saved in the same write. */
  profile?: Profile;
  /** The set this one corrects, withdrawn in the same write. */
  withdrawal?: SetWithdrawal;
  /** What was logged, said first ("Eight at sixty kilos, logged."). */
  said: string;
  restSeconds: number;
}

/**
 * Finishes a logging turn: starts the rest (timer, consent question or spoken rest), saves the set,
 * the cursor and any profile change in one write, and only then says it was logged.
 */
export async function completeSetTurn(input: HandlerInput, turn: Turn, setTurn: SetTurn): Promise<Response> {
  const { speaker } = turn;
  const { user, before } = setTurn;
  let after: ActiveWorkout = { ...setTurn.after, restTimerId: null };
  let profile = setTurn.profile;
  // A rest timer still running from the last set is stale once the lifter logs the next one.
  await cancelRestTimer(input, turn, before.restTimerId);

  let rest: Awaited<ReturnType<typeof startRest>> | null = null;
  if (after.cursor.phase === 'resting') {
    // What "how long is my rest?" answers until the rest is over: the length the timer gets.
    after = { ...after, notes: { ...after.notes, [restLengthNote]: setTurn.restSeconds } };
    const consent = (profile ?? user.profile)?.timerConsent ?? 'unknown';
    rest = await startRest(input, turn, {
      seconds: setTurn.restSeconds,
      workoutId: after.workoutId,
      consent,
      consentAsked: after.notes.consentAsked === true,
      skillId: turn.skillId,
    });
    // When the rest began, so "rest longer" can give a running timer what is left of the new rest.
    if (rest.mode === 'timer')
      after = {
        ...after,
        restTimerId: rest.timerId,
        notes: { ...after.notes, restStartedAt: turn.now.toISOString() },
      };
    if (rest.mode === 'ask-consent') after = { ...after, notes: { ...after.notes, consentAsked: true } };
    // A counted rest is over when the speech ends: the next set is up.
    if (rest.mode === 'countdown')
      after = { ...after, cursor: { ...after.cursor, phase: activePhase(after) } };
    const base = profile ?? user.profile;
    if (base && base.timerConsent !== rest.consent) profile = { ...base, timerConsent: rest.consent };
  }

  const saved = await saveChanges(turn, {
    activeWorkout: after,
    loggedSet: setTurn.loggedSet,
    ...(profile ? { profile } : {}),
    ...(setTurn.withdrawal ? { withdrawnSet: setTurn.withdrawal } : {}),
  });
  if (!saved.ok) {
    if (rest?.mode === 'timer') await cancelRestTimer(input, turn, rest.timerId);
    return ask(input, speaker.fixed('logging.saveFailed'), speaker.fixed('logging.saveFailedReprompt'), {
      pending: { kind: 'ask-reps' },
    });
  }

  const duration = sayDuration(setTurn.restSeconds);
  if (rest?.mode === 'timer')
    return tell(input, sentences(setTurn.said, speaker.say('rest.timerSet', { duration })));
  if (rest?.mode === 'ask-consent') {
    return handOff(
      input,
      sentences(setTurn.said, speaker.fixed('rest.askConsent', { duration })),
      askForPermission(timersPermissionScope),
    );
  }
  if (rest?.mode === 'long') return tell(input, sentences(setTurn.said, rest.speech));
  const question = workoutQuestion(speaker, after);
  return ask(
    input,
    sentences(setTurn.said, rest?.speech, question.lead, question.question),
    question.reprompt,
    {
      pending: question.pending,
    },
  );
}
