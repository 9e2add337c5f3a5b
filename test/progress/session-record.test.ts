import { describe, expect, it } from 'vitest';
import { applySetToStats } from '../../lambda/progress/lift-stats';
import { type LiftStats, type LoggedSet, setSortKey } from '../../lambda/store';

// `session.newRecord` is what the end-of-workout summary reads once the stream has folded the
// workout's sets: whether a set of the session beat the best the lift held before the session. A
// lift's first session sets its baseline; its later sets beating its earlier ones are no new best.

type Done = { reps: number; kg: number | null };

function session(stats: LiftStats | null, exerciseId: string, day: number, sets: Done[]): LiftStats {
  const startedAt = `2026-11-${String(10 + day).padStart(2, '0')}T08:00:00.000Z`;
  let current = stats;
  sets.forEach(({ reps, kg }, index) => {
    const loggedAt = new Date(Date.parse(startedAt) + (index + 1) * 180_000).toISOString();
    const load = kg === null ? null : { value: kg, unit: 'kg' as const };
    const set: LoggedSet = {
      requestId: `request-${day}-${index}`,
      exerciseId,
      kind: 'working',
      reps,
      load,
      failed: false,
      effort: null,
      target: { reps: 6, load },
      workoutId: `workout-${day}`,
      workoutStartedAt: startedAt,
      focus: 'strength',
      goal: 'strength',
      level: 'intermediate',
      unit: 'kg',
      exerciseIndex: 0,
      setIndex: index,
      closesWorkout: false,
      loggedAt,
    };
    current = applySetToStats(current, setSortKey(loggedAt, set.requestId), set).stats;
  });
  return current as LiftStats;
}

describe("a session's new record is one the lift held before the session", () => {
  it.each([
    {
      lift: 'bench-press',
      first: [
        { reps: 5, kg: 80 },
        { reps: 6, kg: 80 },
      ],
      beaten: { reps: 6, kg: 82.5 },
    },
    {
      lift: 'pull-up',
      first: [
        { reps: 8, kg: null },
        { reps: 10, kg: null },
      ],
      beaten: { reps: 11, kg: null },
    },
    { lift: 'pull-up', first: [{ reps: 8, kg: 5 }], beaten: { reps: 3, kg: 7.5 } },
  ])('$lift: the first session is a baseline, a later one beating it a record', ({ lift, first, beaten }) => {
    const baseline = session(null, lift, 0, first);
    expect(baseline.session?.newRecord).toBe(false);
    const short = session(baseline, lift, 2, [{ ...first[0], reps: 1 } as Done]);
    expect(short.session?.newRecord).toBe(false);
    // Its next set beating the session's own record keeps it a record session.
    const low = { ...first[0], reps: 1 } as Done;
    const record = session(short, lift, 4, [low, beaten, { ...beaten, reps: beaten.reps + 1 }]);
    expect(record.session?.newRecord).toBe(true);
  });
});
