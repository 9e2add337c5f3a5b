import type { interfaces } from 'ask-sdk-model';
import { timeSlot } from '../day-slots';
import { isIntent, isRequest } from '../guards';
import { logger } from '../logging';
import { deleteReminder, remindersPermissionScope } from '../reminders';
import { ask, pendingOf } from '../reply';
import { saveChanges } from '../save';
import { profileWithTimeZone } from '../workout/training-profile';
import { scheduleReminder } from '../workout/workout-reminder';
import { answer } from './answer';
import { defineHandler } from './define';

/** "Remind me to train at six pm", "move my reminder to seven": one reminder, set or moved. */
export const setReminder = defineHandler(
  'SetReminder',
  isIntent('SetReminderIntent', 'MoveReminderIntent'),
  async (input, turn) => {
    const { speaker } = turn;
    const time = timeSlot(input, 'time');
    if (time.kind !== 'time')
      return ask(input, speaker.fixed('reminders.askTime'), speaker.fixed('reminders.askTimeReprompt'));
    return scheduleReminder(input, turn, await profileWithTimeZone(input, turn), time.time);
  },
);

/** "Cancel my workout reminders": the reminder is deleted at Alexa, then forgotten. */
export const cancelReminders = defineHandler(
  'CancelReminders',
  isIntent('CancelRemindersIntent'),
  async (input, turn) => {
    const { speaker } = turn;
    const { profile } = await turn.user();
    if (!profile?.reminder) return answer(input, turn, speaker.fixed('reminders.noneToCancel'));
    const deleted = await deleteReminder(input, turn, profile.reminder.alertToken);
    if (deleted.kind === 'failed') return answer(input, turn, speaker.fixed('reminders.cancelFailed'));
    const saved = await saveChanges(turn, { profile: { ...profile, reminder: null } });
    if (!saved.ok)
      return ask(input, speaker.fixed('general.saveFailed'), speaker.fixed('general.saveFailedReprompt'));
    return answer(
      input,
      turn,
      speaker.fixed(deleted.kind === 'deleted' ? 'reminders.cancelled' : 'reminders.cancelNoPermission'),
    );
  },
);

function isReminderConsent(request: unknown): boolean {
  const payload = (request as interfaces.connections.ConnectionsResponse).payload as
    | { permissionScope?: unknown }
    | undefined;
  return payload?.permissionScope === remindersPermissionScope;
}

/**
 * Alexa's answer to the AskFor reminders question. ACCEPTED sets the reminder asked for; DENIED and
 * NOT_ANSWERED say how to allow reminders in the Alexa app, and nothing else changes.
 */
export const reminderConsentAnswer = defineHandler(
  'ReminderConsentAnswer',
  async (input) =>
    (await isRequest('Connections.Response')(input)) && isReminderConsent(input.requestEnvelope.request),
  async (input, turn) => {
    const { speaker } = turn;
    const request = input.requestEnvelope.request as interfaces.connections.ConnectionsResponse;
    const status = String(request.payload?.status ?? 'NOT_ANSWERED');
    logger.info('Reminder consent answered', { user: turn.userHash, answer: status });
    const pending = pendingOf(input);
    if (status !== 'ACCEPTED') return answer(input, turn, speaker.fixed('reminders.consentDenied'));
    // Allowed, but the time asked for did not survive (the answer came outside the session).
    if (pending?.kind !== 'reminder-consent')
      return ask(input, speaker.fixed('reminders.askTime'), speaker.fixed('reminders.askTimeReprompt'));
    return scheduleReminder(input, turn, await profileWithTimeZone(input, turn), pending.time, {
      afterConsent: true,
    });
  },
);
