import type { Goal, Guidelines, Level, SessionFocus } from './types';

// The source's loading table ("Hypertrophy vs. Strength"), row by row. `source` is what it says;
// `programming` closes its open ends ("3+", "6+", "85%+") where the coach has to pick a number.

const hypertrophyRest = { min: 30, max: 90, orMore: false };
const strengthRest = { min: 120, max: 300, orMore: false };

const table: Record<SessionFocus, Record<Level, Guidelines>> = {
  hypertrophy: {
    beginner: {
      goal: 'hypertrophy',
      level: 'beginner',
      source: {
        percentOfMax: { min: 65, max: 85, orMore: false },
        reps: { min: 6, max: 12, orMore: false },
        sets: { min: 1, max: 3, orMore: true },
        restSeconds: hypertrophyRest,
        text: '65–85% 1RM, 6–12 reps, 1–3+ sets, 30–90 sec rest',
      },
      programming: {
        percentOfMax: { min: 65, max: 85 },
        reps: { min: 6, max: 12 },
        sets: { min: 1, max: 3 },
        startingSets: 2,
        restSeconds: { min: 30, max: 90 },
        repsInReserve: { min: 1, max: 3 },
      },
    },
    intermediate: {
      goal: 'hypertrophy',
      level: 'intermediate',
      source: {
        percentOfMax: { min: 65, max: 85, orMore: false },
        reps: { min: 6, max: 12, orMore: false },
        sets: { min: 1, max: 3, orMore: true },
        restSeconds: hypertrophyRest,
        text: '65–85% 1RM, 6–12 reps, 1–3+ sets, 30–90 sec rest',
      },
      programming: {
        percentOfMax: { min: 65, max: 85 },
        reps: { min: 6, max: 12 },
        // The "+" of 1–3+: intermediates may grow to a fourth set.
        sets: { min: 1, max: 4 },
        startingSets: 3,
        restSeconds: { min: 30, max: 90 },
        repsInReserve: { min: 1, max: 3 },
      },
    },
    advanced: {
      goal: 'hypertrophy',
      level: 'advanced',
      source: {
        percentOfMax: { min: 67, max: 85, orMore: false },
        reps: { min: 6, max: 12, orMore: false },
        sets: { min: 3, max: 3, orMore: true },
        restSeconds: hypertrophyRest,
        text: '67–85% 1RM, 6–12 reps, 3+ sets, 30–90 sec rest',
      },
      programming: {
        percentOfMax: { min: 67, max: 85 },
        reps: { min: 6, max: 12 },
        sets: { min: 3, max: 5 },
        startingSets: 3,
        restSeconds: { min: 30, max: 90 },
        repsInReserve: { min: 1, max: 3 },
      },
    },
  },
  strength: {
    beginner: {
      goal: 'strength',
      level: 'beginner',
      source: {
        percentOfMax: { min: 70, max: 80, orMore: false },
        reps: { min: 6, max: 6, orMore: true },
        sets: { min: 1, max: 3, orMore: true },
        restSeconds: strengthRest,
        text: '70–80% 1RM, 6+ reps, 1–3+ sets, 2–5 min rest',
      },
      programming: {
        percentOfMax: { min: 70, max: 80 },
        // 6+ reps: at 70–80% a set of 6–10 still leaves reps in reserve.
        reps: { min: 6, max: 10 },
        sets: { min: 1, max: 3 },
        startingSets: 3,
        restSeconds: { min: 120, max: 300 },
        repsInReserve: { min: 1, max: 3 },
      },
    },
    intermediate: {
      goal: 'strength',
      level: 'intermediate',
      source: {
        percentOfMax: { min: 70, max: 80, orMore: false },
        reps: { min: 6, max: 6, orMore: true },
        sets: { min: 1, max: 3, orMore: true },
        restSeconds: strengthRest,
        text: '70–80% 1RM, 6+ reps, 1–3+ sets, 2–5 min rest',
      },
      programming: {
        percentOfMax: { min: 70, max: 80 },
        reps: { min: 6, max: 10 },
        sets: { min: 1, max: 4 },
        startingSets: 3,
        restSeconds: { min: 120, max: 300 },
        repsInReserve: { min: 1, max: 3 },
      },
    },
    advanced: {
      goal: 'strength',
      level: 'advanced',
      source: {
        percentOfMax: { min: 85, max: 85, orMore: true },
        // The source's "6 reps" at 85%+ is a ceiling: 85% is a six-rep max on the %1RM chart.
        reps: { min: 1, max: 6, orMore: false },
        sets: { min: 3, max: 3, orMore: true },
        restSeconds: strengthRest,
        text: '85%+ 1RM, 3+ sets, 6 reps, 2–5 min rest',
      },
      programming: {
        percentOfMax: { min: 85, max: 95 },
        reps: { min: 1, max: 6 },
        sets: { min: 3, max: 5 },
        startingSets: 3,
        restSeconds: { min: 120, max: 300 },
        repsInReserve: { min: 1, max: 3 },
      },
    },
  },
};

/** The session type a goal trains; `both` needs the day's focus (see `sessionFocusFor`). */
export function focusOf(goal: Goal, focus?: SessionFocus): SessionFocus {
  if (goal !== 'both') return goal;
  return focus ?? 'hypertrophy';
}

/**
 * The source's row for a goal and level. For `both` the row is the session's: pass the day's focus
 * (a missing focus falls back to hypertrophy, the day `both` starts with).
 */
export function guidelines(goal: Goal, level: Level, focus?: SessionFocus): Guidelines {
  return table[focusOf(goal, focus)][level];
}

/** Rest between working sets: heavy compound work needs the longer end of the row. */
export function restSecondsFor(focus: SessionFocus, level: Level, compound: boolean): number {
  const { min, max } = guidelines(focus, level).programming.restSeconds;
  if (focus === 'hypertrophy') return compound ? max : Math.round((min + max) / 2);
  if (!compound) return min;
  return level === 'advanced' ? 240 : 180;
}
