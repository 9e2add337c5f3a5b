import { describe, expect, it } from 'vitest';
import { applySetToStats } from '../../lambda/progress/lift-stats';
import { statsWithoutSessionSet } from '../../lambda/progress/session-without';
import { type Level, prescribe, progressionFor, type SessionFocus } from '../../lambda/rules';
import { type LiftStats, type LoggedSet, setSortKey } from '../../lambda/store';

// Goal both "alternates the two" focuses (DESIGN). A loaded lift's one calibration gives both their
// loads (one max); a bodyweight lift's first set, "as many good reps as you can, stopping one short"
// (lambda/rules/bodyweight.ts), must likewise give both focuses their targets, not be asked for again
// on the other focus's first day.

function measuredSet(level: Level, focus: SessionFocus, reps: number): [string, LoggedSet] {
  const loggedAt = '2026-11-10T08:03:00.000Z';
  return [
    setSortKey(loggedAt, 'request-0'),
    {
      requestId: 'request-0',
      exerciseId: 'pull-up',
      kind: 'working',
      reps,
      load: null,
      failed: false,
      effort: null,
      target: null,
      workoutId: 'workout-1',
      workoutStartedAt: '2026-11-10T08:00:00.000Z',
      focus,
      goal: 'both',
      level,
      unit: 'kg',
      exerciseIndex: 0,
      setIndex: 0,
      closesWorkout: false,
      loggedAt,
    },
  ];
}

describe('goal both: one first set measures a bodyweight lift for both focuses', () => {
  it.each([
    // Eleven, one short of failure: ten a set, capped at each range's top (strength 6+, size 6–12).
    { level: 'intermediate', measuredOn: 'strength', reps: 11, strength: 10, hypertrophy: 10 },
    { level: 'beginner', measuredOn: 'hypertrophy', reps: 8, strength: 7, hypertrophy: 7 },
    // Advanced strength caps reps at six (85%+ · ≤ 6): fourteen is past it, so a plate is added.
    { level: 'advanced', measuredOn: 'hypertrophy', reps: 14, strength: 4, hypertrophy: 12 },
  ] as const)('$level, measured on a $measuredOn day with $reps reps', (row) => {
    const [key, set] = measuredSet(row.level, row.measuredOn, row.reps);
    const stats = applySetToStats(null, key, set).stats as LiftStats;
    for (const focus of ['strength', 'hypertrophy'] as const) {
      const targets = progressionFor(stats, 'pull-up', focus);
      expect(targets?.targetReps, focus).toBe(row[focus]);
      const plan = prescribe({
        exerciseId: 'pull-up',
        goal: 'both',
        level: row.level,
        focus,
        unit: 'kg',
        oneRepMax: null,
        progression: targets,
      });
      // No "as many good reps as you can" again: the plan has the reps.
      expect(plan.ok ? plan.value.workingSets[0]?.targetReps : plan.error.code, focus).toBe(row[focus]);
    }
  });
});

describe('goal both: "undo that" takes the measuring set back for both focuses', () => {
  const targets = (stats: LiftStats | null) =>
    (['strength', 'hypertrophy'] as const).map((focus) =>
      progressionFor(stats ?? undefined, 'pull-up', focus),
    );

  it('undoing the only set leaves neither focus with targets, so the next first set measures again', () => {
    const [key, set] = measuredSet('intermediate', 'strength', 11);
    const measured = applySetToStats(null, key, set).stats as LiftStats;
    expect(targets(measured)).not.toContain(null);
    expect(targets(statsWithoutSessionSet(measured, key, set))).toEqual([null, null]);
  });

  it('undoing a later set keeps what the first set measured for both', () => {
    const [firstKey, first] = measuredSet('intermediate', 'strength', 11);
    const measured = applySetToStats(null, firstKey, first).stats as LiftStats;
    const loggedAt = '2026-11-10T08:06:00.000Z';
    const secondKey = setSortKey(loggedAt, 'request-1');
    const second: LoggedSet = {
      ...first,
      requestId: 'request-1',
      reps: 10,
      target: { reps: 10, load: null },
      setIndex: 1,
      loggedAt,
    };
    const both = applySetToStats(measured, secondKey, second).stats as LiftStats;
    expect(targets(statsWithoutSessionSet(both, secondKey, second))).toEqual(targets(measured));
  });
});
