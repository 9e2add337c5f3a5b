import { describe, expect, it } from 'vitest';
import { applySetToStats, emptyStats } from '../../lambda/progress/lift-stats';
import {
  type Effort,
  type Goal,
  type ProgressionState,
  prescribe,
  progressionFor,
  provenMaxAtLeast,
  type SessionFocus,
} from '../../lambda/rules';
import type { LiftStats, LoggedSet } from '../../lambda/store';
import { setSortKey } from '../../lambda/store';

// Sets of more than ten reps, which Brzycki is not trusted for, still prove a max on the NSCA chart
// (lambda/rules/chart.ts): the load over the share for the reps plus the reserve. And goal both's
// size-day grinder must not undo the strength day's max.

const startedAt = '2026-11-10T08:00:00.000Z';

function state(exerciseId: string, focus: SessionFocus, load: number, targetReps: number, sets: number) {
  return {
    exerciseId,
    focus,
    load: { value: load, unit: 'kg' },
    targetReps,
    sets,
    failedSessions: 0,
    beatTargetSessions: 0,
    updatedAt: '2026-11-08T08:00:00.000Z',
  } satisfies ProgressionState;
}

function session(
  stats: LiftStats,
  planned: {
    goal: Goal;
    focus: SessionFocus;
    load: number;
    reps: number;
    sets: number;
    effort: Effort | null;
  },
): LiftStats {
  let current = stats;
  for (let index = 0; index < planned.sets; index += 1) {
    const loggedAt = new Date(Date.parse(startedAt) + (index + 1) * 180_000).toISOString();
    const set: LoggedSet = {
      requestId: `request-${index}`,
      exerciseId: stats.exerciseId,
      kind: 'working',
      reps: planned.reps,
      load: { value: planned.load, unit: 'kg' },
      failed: false,
      effort: planned.effort,
      target: { reps: planned.reps, load: { value: planned.load, unit: 'kg' } },
      workoutId: 'workout-1',
      workoutStartedAt: startedAt,
      focus: planned.focus,
      goal: planned.goal,
      level: 'intermediate',
      unit: 'kg',
      exerciseIndex: 0,
      setIndex: index,
      closesWorkout: false,
      loggedAt,
    };
    current = applySetToStats(current, setSortKey(loggedAt, set.requestId), set).stats;
  }
  return current;
}

function storedStats(exerciseId: string, max: number, states: ProgressionState[]): LiftStats {
  return {
    ...emptyStats(exerciseId, '2026-11-08T08:00:00.000Z'),
    estimatedOneRepMax: { value: max, unit: 'kg' },
    progression: states[0] ?? null,
    progressionByFocus: Object.fromEntries(states.map((known) => [known.focus, known])),
  };
}

describe('provenMaxAtLeast: the chart rows past ten reps', () => {
  it.each([
    // reps, reserve, chart share: 67% is 12 reps, 65% is 15, linear between
    { reps: 12, reserve: 0, share: 67 },
    { reps: 12, reserve: 2, share: 67 - (2 / 3) * 2 },
    { reps: 11, reserve: 1, share: 67 },
    { reps: 12, reserve: 3, share: 65 },
    // Past the last row the chart's 65% is read: the bound only errs low.
    { reps: 14, reserve: 3, share: 65 },
  ])('15 kg × $reps with $reserve in reserve proves 15 / $share%', ({ reps, reserve, share }) => {
    expect(provenMaxAtLeast({ value: 15, unit: 'kg' }, reps, reserve)?.value).toBeCloseTo(1500 / share, 6);
  });

  it('says nothing at ten reps or fewer (Brzycki reads those) or for an invalid load', () => {
    expect(provenMaxAtLeast({ value: 15, unit: 'kg' }, 10, 2)).toBeNull();
    expect(provenMaxAtLeast({ value: -1, unit: 'kg' }, 12, 2)).toBeNull();
  });
});

describe('a light lift at the top of its range earns its next step', () => {
  it.each([
    // 4 × 12 @ 15 kg, two in reserve: 14 reps to failure, 65.7% on the chart → 22.84 kg.
    { max: 22, effort: null, expectedMax: 22.84, load: 17.5, reps: 8 },
    // A max 5% short of the proof is raised 5% only (22 → 23.1), still enough for the step.
    { max: 21.5, effort: 'easy' as const, expectedMax: 22.58, load: 17.5, reps: 8 },
  ])('biceps curl, stored max $max kg: max $expectedMax kg, next $load kg × $reps', (row) => {
    const before = storedStats('biceps-curl', row.max, [state('biceps-curl', 'hypertrophy', 15, 12, 4)]);
    const after = session(before, {
      goal: 'hypertrophy',
      focus: 'hypertrophy',
      load: 15,
      reps: 12,
      sets: 4,
      effort: row.effort,
    });
    expect(after.estimatedOneRepMax?.value).toBeCloseTo(row.expectedMax, 2);
    // The chart's lower bound is no lift the lifter did: no personal record.
    expect(after.bestSet).toBeNull();
    const next = progressionFor(after, 'biceps-curl', 'hypertrophy');
    expect(next?.load?.value).toBe(row.load);
    expect(next?.targetReps).toBe(row.reps);
  });

  it('never lowers the max: a stored max above the proof stands', () => {
    const before = storedStats('biceps-curl', 30, [state('biceps-curl', 'hypertrophy', 15, 12, 4)]);
    const after = session(before, {
      goal: 'hypertrophy',
      focus: 'hypertrophy',
      load: 15,
      reps: 12,
      sets: 4,
      effort: null,
    });
    expect(after.estimatedOneRepMax?.value).toBe(30);
  });
});

describe("goal both: a size day's grinder does not undo the strength day", () => {
  it.each([
    // Dumbbell row, max 50 kg, strength earned 40 kg × 6 (80%: the chart's 8-rep row, two to spare).
    // A ground-out 35 kg × 10 reads 46.7 kg (Brzycki, the chart's 75%/10 row); at that max 40 kg
    // is 85.7%, the 6-rep row, and the strength day would cut to five.
    { goal: 'both' as const, focus: 'hypertrophy' as const, max: 50, strength: { load: 40, reps: 6 } },
    // Goal hypertrophy has no other focus to protect: the grinder found the limit and its estimate stands.
    { goal: 'hypertrophy' as const, focus: 'hypertrophy' as const, max: 46.67, strength: null },
  ])('$goal, $focus day ground out at 35 kg × 10: max $max kg', ({ goal, focus, max, strength }) => {
    const before = storedStats('dumbbell-row', 50, [
      state('dumbbell-row', 'strength', 40, 6, 3),
      state('dumbbell-row', 'hypertrophy', 35, 10, 3),
    ]);
    const after = session(before, { goal, focus, load: 35, reps: 10, sets: 3, effort: 'failure' });
    expect(after.estimatedOneRepMax?.value).toBeCloseTo(max, 2);
    if (!strength) return;
    const plan = prescribe({
      exerciseId: 'dumbbell-row',
      goal,
      level: 'intermediate',
      focus: 'strength',
      unit: 'kg',
      oneRepMax: after.estimatedOneRepMax,
      progression: progressionFor(after, 'dumbbell-row', 'strength'),
    });
    if (!plan.ok) throw new Error(plan.error.code);
    expect(plan.value.workingSets[0]?.load?.value).toBe(strength.load);
    expect(plan.value.workingSets[0]?.targetReps).toBe(strength.reps);
  });
});
