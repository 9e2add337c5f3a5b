import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { inWeekOrder, mostTrainingDays, upcomingSkips, type Weekday } from '../../rules';
import type { Profile } from '../../store';
import { answer } from '../handlers/answer';
import { deleteReminder, saveReminder } from '../reminders';
import { ask, pendingOf, sentences } from '../reply';
import { saveChanges } from '../save';
import { sayClockTime } from '../speech/clock-time';
import type { Turn } from '../turn';
import { nextPlannedSession, sayPlannedSession } from './next-session';
import { profileWithTimeZone, sayDays, todayOf } from './training-profile';
import { scheduleReminder } from './workout-reminder';

/**
 * Saves new training days. A reminder follows them (updated, never a second one); if Alexa cannot
 * update it, nothing is saved and the lifter hears so. `said` is the confirmation for the new days.
 */
export async function saveTrainingDays(
  input: HandlerInput,
  turn: Turn,
  requested: readonly Weekday[],
  said: (days: Weekday[]) => string,
): Promise<Response> {
  const { speaker } = turn;
  const days = inWeekOrder(requested);
  if (days.length > mostTrainingDays)
    return ask(input, speaker.fixed('schedule.tooManyDays'), speaker.fixed('schedule.askDaysReprompt'));
  const before = await profileWithTimeZone(input, turn);
  const changed: Profile = {
    ...before,
    trainingDays: days,
    skippedDates: upcomingSkips(before.skippedDates ?? [], todayOf(turn, before)),
  };
  let reminderNote = '';
  if (before.reminder && days.length > 0) {
    const plan = { days, time: before.reminder.time, timeZone: changed.timeZone ?? 'UTC' };
    const saved = await saveReminder(input, turn, plan, before.reminder.alertToken);
    if (saved.kind !== 'saved') {
      const stillDays = sayDays(speaker, before.trainingDays ?? []);
      return answer(input, turn, speaker.fixed('schedule.daysChangeFailed', { days: stillDays }));
    }
    changed.reminder = { ...before.reminder, alertToken: saved.alertToken, timeZone: plan.timeZone };
    reminderNote = speaker.fixed('reminders.followsDays', { time: sayClockTime(plan.time) });
  } else if (before.reminder && days.length === 0) {
    // No days left to ring on: the reminder goes (best effort; Alexa may have removed it already).
    await deleteReminder(input, turn, before.reminder.alertToken);
    changed.reminder = null;
  }
  // "Remind me to train at six" came first: the days just heard complete it, saved together.
  const pending = pendingOf(input);
  if (pending?.kind === 'reminder-days' && days.length > 0)
    return scheduleReminder(input, turn, changed, pending.time, { leadIn: said(days) });
  const saved = await saveChanges(turn, { profile: changed });
  if (!saved.ok)
    return ask(input, speaker.fixed('general.saveFailed'), speaker.fixed('general.saveFailedReprompt'));
  const user = await turn.user();
  const next = nextPlannedSession({ ...user, profile: changed }, new Date(turn.requestedAt));
  return answer(
    input,
    turn,
    sentences(said(days), reminderNote, next ? sayPlannedSession(speaker, next) : undefined),
  );
}
