import {
  addDays,
  dayCandidates,
  daysBetween,
  focusForDay,
  type HistorySession,
  knownTimeZone,
  localDay,
  nextRecoveredDay,
  nextTrainingDay,
  RECOVERY_HOURS,
  type SessionFocus,
  type SplitDay,
  sessionFocusFor,
  splitRotation,
  type Weekday,
  weekdayOfDate,
} from '../../rules';
import type { LoadedUser } from '../../store';
import type { Speaker } from '../i18n';
import { integerToWords } from '../speech/numbers';
import { trainingHistory } from './coach';

const hourMs = 3_600_000;

/** Past sessions, with the workout going now (or just ended, still in memory) as the latest. */
export function sessionsOf(user: LoadedUser): HistorySession[] {
  const workout = user.activeWorkout;
  return workout
    ? [
        ...trainingHistory(user.stats),
        {
          date: workout.startedAt,
          focus: workout.plan.focus,
          exerciseIds: workout.plan.exercises.map((exercise) => exercise.exerciseId),
          hard: workout.setsLogged.some((set) => set.kind === 'working'),
        },
      ]
    : trainingHistory(user.stats);
}

function latestHardSession(sessions: readonly HistorySession[]): number {
  return Math.max(
    Number.NEGATIVE_INFINITY,
    ...sessions.filter((session) => session.hard).map((session) => Date.parse(session.date)),
  );
}

/**
 * Without training days: the next session and roughly when, from recovery alone: the first day the
 * level's rest days leave open (a beginner rests after every session, an intermediate after two in
 * a row, an advanced lifter after three), as today's plan judges it. Before the level is known, a
 * lift trained hard recovers for RECOVERY_HOURS.
 */
export function nextSession(user: LoadedUser, now: Date): { focus: SessionFocus; daysAway: number } | null {
  const goal = user.profile?.goal;
  if (!goal) return null;
  const sessions = sessionsOf(user);
  const level = user.profile?.level;
  if (level) return nextRecoveredDay(goal, level, sessions, now.getTime());
  const due = Math.max(now.getTime(), latestHardSession(sessions) + RECOVERY_HOURS * hourMs);
  const focus = sessionFocusFor(goal, sessions, new Date(due).toISOString());
  const daysAway = Math.max(0, Math.round((due - now.getTime()) / (24 * hourMs)));
  return { focus, daysAway };
}

/** "today, whenever you are ready", "tomorrow", "in two days". */
export function sayDaysAway(speaker: Speaker, daysAway: number): string {
  if (daysAway === 0) return speaker.fixed('answers.nextToday');
  if (daysAway === 1) return speaker.fixed('answers.nextTomorrow');
  return speaker.fixed('answers.nextInDays', { days: integerToWords(daysAway) });
}

/** "Your next workout is a strength day, in two days." */
export function sayNextSession(speaker: Speaker, next: { focus: SessionFocus; daysAway: number }): string {
  const when = sayDaysAway(speaker, next.daysAway);
  return speaker.fixed('answers.nextWorkout', { focus: speaker.fixed(`plan.focus.${next.focus}`), when });
}

export interface PlannedSession {
  /** The local ISO date of the session. */
  date: string;
  weekday: Weekday;
  daysAway: number;
  focus: SessionFocus;
  /** The split day, once the level is known. */
  day: SplitDay | null;
}

/**
 * With training days: the next planned day that is not called off (not today once today's session
 * is done) and what it will be. A full-body rotation works every muscle each time, so its next
 * session still waits out the 48 hours; split rotations rest each muscle by turning to the next day.
 */
export function nextPlannedSession(user: LoadedUser, at: Date): PlannedSession | null {
  const profile = user.profile;
  const goal = profile?.goal;
  if (!profile || !goal || !profile.trainingDays || profile.trainingDays.length === 0) return null;
  const timeZone = knownTimeZone(profile.timeZone);
  const today = localDay(at, timeZone).date;
  const sessions = sessionsOf(user);
  const latestHard = latestHardSession(sessions);
  const trainedToday = Number.isFinite(latestHard) && localDay(new Date(latestHard), timeZone).date === today;
  let from = trainedToday ? addDays(today, 1) : today;
  if (Number.isFinite(latestHard) && profile.level && splitRotation(profile.level).length === 1) {
    const recovered = localDay(new Date(latestHard + RECOVERY_HOURS * hourMs), timeZone).date;
    if (recovered > from) from = recovered;
  }
  const date = nextTrainingDay({ days: profile.trainingDays, skipped: profile.skippedDates ?? [] }, from);
  if (!date) return null;
  const daysAway = daysBetween(today, date);
  // Judged at the same hour on that day, so "the day after a strength day" reads as it will then.
  const then = new Date(at.getTime() + daysAway * 24 * hourMs);
  const day = profile.level ? (dayCandidates(profile.level, sessions, then.getTime())[0] ?? null) : null;
  const focus =
    profile.level && day
      ? focusForDay(goal, profile.level, sessions, then.toISOString(), day)
      : sessionFocusFor(goal, sessions, then.toISOString());
  return { date, weekday: weekdayOfDate(date), daysAway, focus, day };
}

/** "today", "tomorrow" or the weekday's name. */
export function sayTrainingDate(
  speaker: Speaker,
  session: Pick<PlannedSession, 'daysAway' | 'weekday'>,
): string {
  if (session.daysAway === 0) return speaker.fixed('schedule.today');
  if (session.daysAway === 1) return speaker.fixed('schedule.tomorrow');
  return speaker.fixed(`schedule.weekdays.${session.weekday}`);
}

/** "a strength lower-body day" */
export function sayPlannedDay(speaker: Speaker, session: PlannedSession): string {
  const focus = speaker.fixed(`plan.focus.${session.focus}`);
  return session.day
    ? speaker.fixed('schedule.sessionWithDay', { focus, day: speaker.fixed(`plan.day.${session.day}`) })
    : speaker.fixed('schedule.session', { focus });
}

/** "Your next workout is Wednesday: a strength lower-body day." */
export function sayPlannedSession(speaker: Speaker, session: PlannedSession): string {
  return speaker.fixed('schedule.nextWorkout', {
    when: sayTrainingDate(speaker, session),
    session: sayPlannedDay(speaker, session),
  });
}

/** The answer to "when is my next workout": the training days when set, recovery alone otherwise. */
export function sayNextWorkout(speaker: Speaker, user: LoadedUser, at: Date, now: Date): string | null {
  const planned = nextPlannedSession(user, at);
  if (planned) return sayPlannedSession(speaker, planned);
  const next = nextSession(user, now);
  return next ? sayNextSession(speaker, next) : null;
}
