import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Profile } from '../../store';
import { answer } from '../handlers/answer';
import { deleteReminder, remindersPermissionScope, saveReminder } from '../reminders';
import { ask, askForPermission, handOff, sentences } from '../reply';
import { saveChanges } from '../save';
import { sayClockTime } from '../speech/clock-time';
import type { Turn } from '../turn';
import { sayDays } from './training-profile';

export interface ScheduleOptions {
  /** What to say before the reminder's confirmation (the new training days). */
  leadIn?: string;
  /** The lifter has just been asked for the permission: a second 401 is not asked again. */
  afterConsent?: boolean;
}

/**
 * Sets the workout reminder to `time` on the profile's training days, or moves the one there is,
 * then saves the profile with its token. Without days it asks for them first; without the
 * permission it asks for that by voice. A failure at Alexa is said plainly and changes nothing.
 */
export async function scheduleReminder(
  input: HandlerInput,
  turn: Turn,
  profile: Profile,
  time: string,
  options: ScheduleOptions = {},
): Promise<Response> {
  const { speaker } = turn;
  const days = profile.trainingDays ?? [];
  if (days.length === 0)
    return ask(input, speaker.fixed('reminders.askDaysFirst'), speaker.fixed('schedule.askDaysReprompt'), {
      pending: { kind: 'reminder-days', time },
    });
  const plan = { days, time, timeZone: profile.timeZone ?? 'UTC' };
  const previousToken = profile.reminder?.alertToken ?? null;
  const result = await saveReminder(input, turn, plan, previousToken);
  if (result.kind === 'no-permission') {
    if (options.afterConsent) return answer(input, turn, speaker.fixed('reminders.consentDenied'));
    return handOff(
      input,
      sentences(options.leadIn, speaker.fixed('reminders.askConsent')),
      askForPermission(remindersPermissionScope),
      { kind: 'reminder-consent', time },
    );
  }
  if (result.kind !== 'saved')
    return answer(
      input,
      turn,
      speaker.fixed(result.kind === 'refused' ? 'reminders.refused' : 'reminders.failed'),
    );
  const changed: Profile = {
    ...profile,
    reminder: { alertToken: result.alertToken, time, timeZone: plan.timeZone },
  };
  const saved = await saveChanges(turn, { profile: changed });
  if (!saved.ok) {
    // A reminder the profile does not know of could never be moved or cancelled: take it back.
    if (result.alertToken !== previousToken) await deleteReminder(input, turn, result.alertToken);
    return ask(input, speaker.fixed('general.saveFailed'), speaker.fixed('general.saveFailedReprompt'));
  }
  return answer(
    input,
    turn,
    sentences(
      options.leadIn,
      speaker.fixed('reminders.set', { time: sayClockTime(time), days: sayDays(speaker, days) }),
    ),
  );
}
