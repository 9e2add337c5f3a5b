import { describe, expect, it } from 'vitest';
import type { LiftStats } from '../../lambda/store';
import { foldSession, type SetDone } from './fold-sets';

// `session.newRecord` is what the end-of-workout summary reads once the stream has folded the
// workout's sets: whether a set of the session beat the best the lift held before the session. A
// lift's first session sets its baseline; its later sets beating its earlier ones are no new best.

function session(stats: LiftStats | null, exerciseId: string, day: number, sets: SetDone[]): LiftStats {
  const startedAt = `2026-11-${String(10 + day).padStart(2, '0')}T08:00:00.000Z`;
  return foldSession(
    stats,
    { exerciseId, workoutId: `workout-${day}`, startedAt, level: 'intermediate' },
    sets,
  );
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
    const short = session(baseline, lift, 2, [{ ...first[0], reps: 1 } as SetDone]);
    expect(short.session?.newRecord).toBe(false);
    // Its next set beating the session's own record keeps it a record session.
    const low = { ...first[0], reps: 1 } as SetDone;
    const record = session(short, lift, 4, [low, beaten, { ...beaten, reps: beaten.reps + 1 }]);
    expect(record.session?.newRecord).toBe(true);
  });
});
