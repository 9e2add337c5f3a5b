import { findExercise } from './catalog';
import { recoveringMuscles } from './movements';
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
      const exercise = findExercise(id);
      for (const muscle of exercise ? recoveringMuscles(exercise) : []) muscles.add(muscle);
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

/** How much training a week holds at a level: days a week, and days in a row before a rest day. */
export interface RecoveryNeeds {
  trainingDaysPerWeek: number;
  restDaysPerWeek: number;
  mostDaysInARow: number;
}

// "Schedule enough recovery" (the source's safety advice), as a coach reads it per level: full-body
// beginners rest a day after every session (three a week); an upper/lower split trains two days,
// then rests (four a week); advanced push/pull/legs trains three days, then rests. Heavy strength
// work recovers more slowly, so advanced strength stops at five days a week.
const recoveryTable: Record<Level, Record<SessionFocus, Omit<RecoveryNeeds, 'restDaysPerWeek'>>> = {
  beginner: {
    hypertrophy: { trainingDaysPerWeek: 3, mostDaysInARow: 1 },
    strength: { trainingDaysPerWeek: 3, mostDaysInARow: 1 },
  },
  intermediate: {
    hypertrophy: { trainingDaysPerWeek: 4, mostDaysInARow: 2 },
    strength: { trainingDaysPerWeek: 4, mostDaysInARow: 2 },
  },
  advanced: {
    hypertrophy: { trainingDaysPerWeek: 6, mostDaysInARow: 3 },
    strength: { trainingDaysPerWeek: 5, mostDaysInARow: 3 },
  },
};

export function recoveryDaysFor(level: Level, focus: SessionFocus): RecoveryNeeds {
  const needs = recoveryTable[level][focus];
  return { ...needs, restDaysPerWeek: 7 - needs.trainingDaysPerWeek };
}

const DAY_MS = 24 * HOUR_MS;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Why today is a recovery day, or null when it is not (a session already today keeps it a training day). */
export function recoveryDayReason(
  level: Level,
  focus: SessionFocus,
  history: readonly HistorySession[],
  nowMs: number,
): { kind: 'in-a-row' | 'this-week'; days: number } | null {
  const trainedDays = new Set(
    pastSessions(history, nowMs)
      .filter((session) => session.hard && session.exerciseIds.length > 0)
      .map((session) => dayOf(Date.parse(session.date))),
  );
  if (trainedDays.has(dayOf(nowMs))) return null;
  const needs = recoveryDaysFor(level, focus);
  let inARow = 0;
  while (inARow < needs.mostDaysInARow && trainedDays.has(dayOf(nowMs - (inARow + 1) * DAY_MS))) inARow += 1;
  if (inARow >= needs.mostDaysInARow) return { kind: 'in-a-row', days: inARow };
  let thisWeek = 0;
  for (let back = 1; back < 7; back += 1) if (trainedDays.has(dayOf(nowMs - back * DAY_MS))) thisWeek += 1;
  return thisWeek >= needs.trainingDaysPerWeek ? { kind: 'this-week', days: thisWeek } : null;
}

/** Whether today is a rest day by the level's recovery needs alone (muscles aside). */
export function isRecoveryDay(
  level: Level,
  focus: SessionFocus,
  history: readonly HistorySession[],
  now: string,
): boolean {
  const nowMs = Date.parse(now);
  return Number.isFinite(nowMs) && recoveryDayReason(level, focus, history, nowMs) !== null;
}

/** A/B: each split day alternates between two sessions; `variantOf` reads which one a past session was. */
export type SessionVariant = 'A' | 'B';

export function nextVariant(
  day: SplitDay,
  rotation: readonly SplitDay[],
  history: readonly HistorySession[],
  nowMs: number,
  variantOf: (session: HistorySession) => SessionVariant | null,
): SessionVariant {
  const todayKey = dayOf(nowMs);
  for (const session of pastSessions(history, nowMs)) {
    if (rotation.length > 1 && classifySession(session, rotation) !== day) continue;
    const variant = variantOf(session);
    if (!variant) continue;
    // A second look on the same day keeps that day's session.
    if (dayOf(Date.parse(session.date)) === todayKey) return variant;
    return variant === 'A' ? 'B' : 'A';
  }
  return 'A';
}

/**
 * Without set training days: the first day from `nowMs` (tomorrow once today holds a session) that
 * the level's rest days leave open, the day the plan itself would train. A beginner rests after
 * every session, an intermediate after two in a row, an advanced lifter after three; none trains
 * more days a week than the level allows. Seven days on, the week behind holds no session at all.
 */
export function nextRecoveredDay(
  goal: Goal,
  level: Level,
  history: readonly HistorySession[],
  nowMs: number,
): { daysAway: number; focus: SessionFocus } {
  const today = dayOf(nowMs);
  const trainedToday = pastSessions(history, nowMs).some(
    (session) => session.hard && session.exerciseIds.length > 0 && dayOf(Date.parse(session.date)) === today,
  );
  // Bounded: a week on, the six days behind hold no session, so no rest rule applies.
  for (let daysAway = trainedToday ? 1 : 0; ; daysAway += 1) {
    const at = nowMs + daysAway * DAY_MS;
    const focus = sessionFocusFor(goal, history, new Date(at).toISOString());
    if (daysAway >= 7 || !recoveryDayReason(level, focus, history, at)) return { daysAway, focus };
  }
}
