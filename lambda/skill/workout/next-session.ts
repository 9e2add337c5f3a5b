import { RECOVERY_HOURS, type SessionFocus, sessionFocusFor } from '../../rules';
import type { LoadedUser } from '../../store';
import type { Speaker } from '../i18n';
import { integerToWords } from '../speech/numbers';
import { trainingHistory } from './coach';

const hourMs = 3_600_000;

/**
 * The next session and roughly when, from today's planning rules: a lift trained hard recovers for
 * RECOVERY_HOURS, so the next workout is due that long after the latest one (today if that has
 * passed). The one place "when is my next workout" is answered; training days will replace it.
 */
export function nextSession(user: LoadedUser, now: Date): { focus: SessionFocus; daysAway: number } | null {
  const goal = user.profile?.goal;
  if (!goal) return null;
  const workout = user.activeWorkout;
  const sessions = workout
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
  const latestHard = Math.max(
    Number.NEGATIVE_INFINITY,
    ...sessions.filter((session) => session.hard).map((session) => Date.parse(session.date)),
  );
  const due = Math.max(now.getTime(), latestHard + RECOVERY_HOURS * hourMs);
  const focus = sessionFocusFor(goal, sessions, new Date(due).toISOString());
  const daysAway = Math.max(0, Math.round((due - now.getTime()) / (24 * hourMs)));
  return { focus, daysAway };
}

/** "Your next workout is a strength day, in two days." */
export function sayNextSession(speaker: Speaker, next: { focus: SessionFocus; daysAway: number }): string {
  const when =
    next.daysAway === 0
      ? speaker.fixed('answers.nextToday')
      : next.daysAway === 1
        ? speaker.fixed('answers.nextTomorrow')
        : speaker.fixed('answers.nextInDays', { days: integerToWords(next.daysAway) });
  return speaker.fixed('answers.nextWorkout', { focus: speaker.fixed(`plan.focus.${next.focus}`), when });
}
