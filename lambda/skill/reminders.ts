import type { HandlerInput } from 'ask-sdk-core';
import type { services } from 'ask-sdk-model';
import { localDay, type Weekday } from '../rules';
import { describeError, logger } from './logging';
import type { Turn } from './turn';

export const remindersPermissionScope = 'alexa::alerts:reminders:skill:readwrite';

export type ReminderSaved =
  | { kind: 'saved'; alertToken: string }
  | { kind: 'no-permission' }
  /** 403: Alexa refused it (reminders off for this account or device). */
  | { kind: 'refused' }
  | { kind: 'failed' };

export interface ReminderPlan {
  days: readonly Weekday[];
  /** Local clock time, "18:00". */
  time: string;
  timeZone: string;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/** A local date-time without an offset, as the Reminders API reads it (in `timeZoneId`). */
function localDateTime(date: string, time: string): string {
  return `${date}T${time}:00.000`;
}

/**
 * One recurring reminder: SCHEDULED_ABSOLUTE, weekly on the training days at the time, in the
 * device's time zone, spoken in the lifter's locale and pushed to the Alexa app.
 */
export function reminderRequest(plan: ReminderPlan, turn: Turn): services.reminderManagement.ReminderRequest {
  const now = new Date(turn.requestedAt);
  const today = localDay(now, plan.timeZone);
  const [hour, minute] = plan.time.split(':').map(Number);
  const text = turn.speaker.fixed('reminders.spoken');
  return {
    requestTime: localDateTime(
      today.date,
      `${String(today.hour).padStart(2, '0')}:${String(today.minute).padStart(2, '0')}`,
    ),
    trigger: {
      type: 'SCHEDULED_ABSOLUTE',
      timeZoneId: plan.timeZone,
      recurrence: {
        startDateTime: localDateTime(today.date, plan.time),
        recurrenceRules: [
          `FREQ=WEEKLY;BYDAY=${plan.days.join(',')};BYHOUR=${hour};BYMINUTE=${minute};BYSECOND=0;INTERVAL=1;`,
        ],
      },
    },
    alertInfo: { spokenInfo: { content: [{ locale: turn.locale, text }] } },
    pushNotification: { status: 'ENABLED' },
  };
}

function client(input: HandlerInput): services.reminderManagement.ReminderManagementServiceClient | null {
  if (!input.serviceClientFactory || !input.requestEnvelope.context.System.apiAccessToken) return null;
  return input.serviceClientFactory.getReminderManagementServiceClient();
}

/**
 * Creates the reminder, or updates the one the lifter has (never a second one). An update of a
 * reminder deleted in the Alexa app (404) creates it again.
 */
export async function saveReminder(
  input: HandlerInput,
  turn: Turn,
  plan: ReminderPlan,
  existingToken: string | null,
): Promise<ReminderSaved> {
  const reminders = client(input);
  if (!reminders) return { kind: 'failed' };
  const request = reminderRequest(plan, turn);
  try {
    if (existingToken) {
      try {
        const updated = await reminders.updateReminder(existingToken, request);
        return { kind: 'saved', alertToken: updated.alertToken ?? existingToken };
      } catch (error) {
        if (statusOf(error) !== 404) throw error;
      }
    }
    const created = await reminders.createReminder(request);
    if (!created.alertToken) return { kind: 'failed' };
    return { kind: 'saved', alertToken: created.alertToken };
  } catch (error) {
    const status = statusOf(error);
    if (status === 401) return { kind: 'no-permission' };
    logger.warn('Workout reminder could not be saved', {
      user: turn.userHash,
      status: status ?? 'none',
      ...describeError(error),
    });
    return status === 403 ? { kind: 'refused' } : { kind: 'failed' };
  }
}

export type ReminderDeleted = { kind: 'deleted' } | { kind: 'no-permission' } | { kind: 'failed' };

/** Deletes the reminder; one already gone (404) counts as deleted. */
export async function deleteReminder(
  input: HandlerInput,
  turn: Turn,
  alertToken: string,
): Promise<ReminderDeleted> {
  const reminders = client(input);
  if (!reminders) return { kind: 'failed' };
  try {
    await reminders.deleteReminder(alertToken);
    return { kind: 'deleted' };
  } catch (error) {
    const status = statusOf(error);
    if (status === 404) return { kind: 'deleted' };
    logger.warn('Workout reminder could not be deleted', {
      user: turn.userHash,
      status: status ?? 'none',
      ...describeError(error),
    });
    return status === 401 ? { kind: 'no-permission' } : { kind: 'failed' };
  }
}

/**
 * Before the lifter's data is deleted: their reminder goes too, while Alexa still lets the skill
 * reach it (after the skill is disabled it may not). Best effort; the deletion goes on regardless.
 */
export async function deleteStoredReminder(input: HandlerInput, turn: Turn): Promise<void> {
  try {
    const { profile } = await turn.user();
    if (profile?.reminder) await deleteReminder(input, turn, profile.reminder.alertToken);
  } catch (error) {
    logger.warn('Workout reminder was not looked up before the deletion', {
      user: turn.userHash,
      ...describeError(error),
    });
  }
}
