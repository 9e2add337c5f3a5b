import { findExercise } from './catalog';
import type { Goal, HistorySession, Level, MuscleGroup, SessionFocus, SplitDay } from './types';

// Recovery and rotation: which focus and which split day today is, from past sessions and `now`.

export const RECOVERY_HOURS = 48;
const HOUR_MS = 3_600_000;

/** Sessions that happened before `now`, newest first; unreadable or future dates are ignored. */
export function pastSessions(history: readonly HistorySession[], nowMs: number): HistorySession[] {
  return history
    .filter((session) => {
      const at = Date.parse(session.date);
      return Number.isFinite(at) && at <= nowMs;
    })
    .sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
}

/**
 * The day's focus. `both` alternates: the day after a strength session is a hypertrophy day and the
 * other way round; a second look on the same day keeps that day's focus; the first day builds size.
 */
export function sessionFocusFor(goal: Goal, history: readonly HistorySession[], now: string): SessionFocus {
  if (goal !== 'both') return goal;
  const nowMs = Date.parse(now);
  const last = pastSessions(history, Number.isFinite(nowMs) ? nowMs : 0).find((session) => session.focus);
  if (!last?.focus) return 'hypertrophy';
  if (last.date.slice(0, 10) === now.slice(0, 10)) return last.focus;
  return last.focus === 'strength' ? 'hypertrophy' : 'strength';
}

/** Muscle groups a hard session worked within the last 48 hours. */
export function recentlyTrainedMuscles(history: readonly HistorySession[], nowMs: number): MuscleGroup[] {
  const muscles = new Set<MuscleGroup>();
  for (const session of pastSessions(history, nowMs)) {
    if (!session.hard || nowMs - Date.parse(session.date) >= RECOVERY_HOURS * HOUR_MS) continue;
    for (const id of session.exerciseIds) {
      for (const muscle of findExercise(id)?.muscles ?? []) muscles.add(muscle);
    }
  }
  return [...muscles];
}

/** Beginners train the whole body each time; intermediates split upper/lower; advanced push/pull/legs. */
export function splitRotation(level: Level): SplitDay[] {
  if (level === 'beginner') return ['full-body'];
  if (level === 'intermediate') return ['upper', 'lower'];
  return ['push', 'pull', 'legs'];
}

/** Which split day a past session was, judged by what most of its lifts were. */
export function classifySession(session: HistorySession, rotation: readonly SplitDay[]): SplitDay | null {
  const counts = new Map<SplitDay, number>();
  for (const id of session.exerciseIds) {
    const pattern = findExercise(id)?.pattern;
    if (!pattern) continue;
    const day = rotation.includes(pattern) ? pattern : pattern === 'legs' ? 'lower' : 'upper';
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  let best: SplitDay | null = null;
  for (const [day, count] of counts) {
    if (rotation.includes(day) && (best === null || count > (counts.get(best) ?? 0))) best = day;
  }
  return best;
}

/** Split days in the order to try today: the one after the last session's day first. */
export function dayCandidates(level: Level, history: readonly HistorySession[], nowMs: number): SplitDay[] {
  const rotation = splitRotation(level);
  const last = pastSessions(history, nowMs)
    .map((session) => classifySession(session, rotation))
    .find((day) => day !== null);
  const start = last ? (rotation.indexOf(last) + 1) % rotation.length : 0;
  return rotation.map((_, offset) => rotation[(start + offset) % rotation.length] as SplitDay);
}

/**
 * The focus for a split day. With an even rotation (upper/lower) a plain day-by-day alternation
 * would give the upper day size and the lower day strength forever, so for the goal `both` each
 * split day alternates against its own last session; odd rotations and full-body days alternate
 * day by day.
 */
export function focusForDay(
  goal: Goal,
  level: Level,
  history: readonly HistorySession[],
  now: string,
  day: SplitDay,
): SessionFocus {
  const dayByDay = sessionFocusFor(goal, history, now);
  const rotation = splitRotation(level);
  if (goal !== 'both' || rotation.length % 2 !== 0) return dayByDay;
  const nowMs = Date.parse(now);
  const past = pastSessions(history, Number.isFinite(nowMs) ? nowMs : 0);
  if (past[0]?.focus && past[0].date.slice(0, 10) === now.slice(0, 10)) return past[0].focus;
  const lastOfDay = past.find((session) => session.focus && classifySession(session, rotation) === day);
  if (!lastOfDay?.focus) return past.length === 0 ? 'hypertrophy' : dayByDay;
  return lastOfDay.focus === 'strength' ? 'hypertrophy' : 'strength';
}
