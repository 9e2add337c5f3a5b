import type { HandlerInput } from 'ask-sdk-core';
import { isTrainingDay, localDay, type Weekday } from '../../rules';
import { emptyProfile, type Profile } from '../../store';
import type { Speaker } from '../i18n';
import { joinWords } from '../speech/numbers';
import { deviceTimeZone } from '../time-zone';
import type { Turn } from '../turn';

/** "Monday, Wednesday and Friday" */
export function sayDays(speaker: Speaker, days: readonly Weekday[]): string {
  if (days.length === 0) return speaker.fixed('schedule.noDaysYet');
  return joinWords(days.map((day) => speaker.fixed(`schedule.weekdays.${day}`)));
}

/** The lifter's profile, or a new one, with the device's time zone read for this turn. */
export async function profileWithTimeZone(input: HandlerInput, turn: Turn): Promise<Profile> {
  const user = await turn.user();
  const profile = user.profile ?? emptyProfile(turn.now, turn.locale);
  return { ...profile, timeZone: await deviceTimeZone(input, turn, profile.timeZone) };
}

/** The lifter's local date for this request. */
export function todayOf(turn: Turn, profile: Profile): string {
  return localDay(new Date(turn.requestedAt), profile.timeZone ?? 'UTC').date;
}

/** Said before today's plan when today is not a planned day: the lifter still gets a session. */
export function unplannedDayLead(turn: Turn, profile: Profile | null): string | undefined {
  if (!profile?.trainingDays || profile.trainingDays.length === 0) return undefined;
  const week = { days: profile.trainingDays, skipped: profile.skippedDates ?? [] };
  return isTrainingDay(week, todayOf(turn, profile))
    ? undefined
    : turn.speaker.fixed('schedule.unplannedToday');
}
