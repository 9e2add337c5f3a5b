import { describe, expect, it } from 'vitest';
import { type Goal, type Level, type ProgressionState, progress } from '../../lambda/rules';

// DESIGN: "a deload is really lighter: at least one loadable step down, never lifted back by a %1RM
// floor"; its rule: "after three failed sessions, deload about 10%". On the body alone there is no
// step to take off, so the lighter week is fewer reps (at least one), else a set fewer; with added
// load, less of it (lambda/rules/progression-steps.ts).

function state(
  targetReps: number,
  sets: number,
  added: number | null,
  failedSessions: number,
): ProgressionState {
  return {
    exerciseId: 'pull-up',
    focus: 'strength',
    load: added === null ? null : { value: added, unit: 'kg' },
    targetReps,
    sets,
    failedSessions,
    beatTargetSessions: 0,
    updatedAt: '2026-11-08T08:00:00.000Z',
  };
}

/** The third session in a row short of the target: every set one rep short. */
function thirdMissedSession(goal: Goal, level: Level, previous: ProgressionState) {
  const focused = {
    ...previous,
    focus: goal === 'hypertrophy' ? ('hypertrophy' as const) : ('strength' as const),
  };
  const target = { reps: focused.targetReps, load: focused.load };
  const result = progress({
    exerciseId: 'pull-up',
    goal,
    level,
    unit: 'kg',
    previous: focused,
    sets: Array.from({ length: focused.sets }, () => ({
      reps: Math.max(0, focused.targetReps - 1),
      load: focused.load,
      failed: true,
      target,
    })),
    now: '2026-11-10T08:00:00.000Z',
  });
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('a bodyweight deload is really lighter', () => {
  it.each([
    // 5 × 0.9 = 4.5 rounds back to 5: at least one rep fewer.
    {
      goal: 'strength',
      level: 'intermediate',
      reps: 5,
      sets: 3,
      added: null,
      next: { reps: 4, sets: 3, added: null },
    },
    // Three pull-ups on hypertrophy's 6–12 range: never raised to the floor's six.
    {
      goal: 'hypertrophy',
      level: 'beginner',
      reps: 3,
      sets: 2,
      added: null,
      next: { reps: 2, sets: 2, added: null },
    },
    // About 10%: twelve reps back off to eleven, twenty to eighteen.
    {
      goal: 'hypertrophy',
      level: 'intermediate',
      reps: 12,
      sets: 3,
      added: null,
      next: { reps: 11, sets: 3, added: null },
    },
    {
      goal: 'hypertrophy',
      level: 'intermediate',
      reps: 20,
      sets: 3,
      added: null,
      next: { reps: 18, sets: 3, added: null },
    },
    // One rep is the fewest: a set fewer instead.
    {
      goal: 'strength',
      level: 'intermediate',
      reps: 1,
      sets: 3,
      added: null,
      next: { reps: 1, sets: 2, added: null },
    },
    // Added load (advanced): one 2.5 kg step off, the reps kept; the last step off is the body alone.
    {
      goal: 'strength',
      level: 'advanced',
      reps: 4,
      sets: 3,
      added: 5,
      next: { reps: 4, sets: 3, added: 2.5 },
    },
    {
      goal: 'strength',
      level: 'advanced',
      reps: 4,
      sets: 3,
      added: 2.5,
      next: { reps: 4, sets: 3, added: null },
    },
  ] as const)(
    '$goal $level, $sets × $reps (+$added kg) missed three times: $next.sets × $next.reps (+$next.added kg)',
    (row) => {
      const outcome = thirdMissedSession(row.goal, row.level, state(row.reps, row.sets, row.added, 2));
      expect(outcome.decision).toBe('deload');
      expect(outcome.state.targetReps).toBe(row.next.reps);
      expect(outcome.state.sets).toBe(row.next.sets);
      expect(outcome.state.load?.value ?? null).toBe(row.next.added);
      expect(outcome.state.deload).toBe(true);
      const lighter =
        outcome.state.targetReps < row.reps ||
        outcome.state.sets < row.sets ||
        (outcome.state.load?.value ?? 0) < (row.added ?? 0);
      expect(lighter).toBe(true);
    },
  );

  it('one rep of the fewest sets has nothing lighter: it holds and says why', () => {
    const outcome = thirdMissedSession('hypertrophy', 'beginner', state(1, 1, null, 2));
    expect(outcome.decision).toBe('hold');
    expect(outcome.state).toMatchObject({ targetReps: 1, sets: 1, failedSessions: 0 });
    expect(outcome.reason).toMatch(/one rep is as light as this lift gets/);
  });
});
