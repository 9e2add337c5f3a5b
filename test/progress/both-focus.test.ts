import { describe, expect, it } from 'vitest';
import { applySetToStats } from '../../lambda/progress/lift-stats';
import { prescribe, progressionFor, type SessionFocus } from '../../lambda/rules';
import type { LiftStats, LoggedSet } from '../../lambda/store';
import { setSortKey } from '../../lambda/store';

// Goal "both" alternates focuses (source: "most recreational lifters benefit from combining both").
// Each focus must progress on its own (size by volume, strength by load); a stats item that keeps one
// state per lift throws the other focus's state away and the lift goes round in circles.

const start = Date.UTC(2026, 10, 2, 7);

/** One bench session as the skill logs it: the plan prescribed from the stats, every target met. */
function trainSession(stats: LiftStats | null, index: number, focus: SessionFocus): LiftStats {
  const plan = prescribe({
    exerciseId: 'bench-press',
    goal: 'both',
    level: 'intermediate',
    focus,
    unit: 'kg',
    oneRepMax: stats?.estimatedOneRepMax ?? { value: 100, unit: 'kg' },
    progression: progressionFor(stats ?? undefined, 'bench-press', focus),
  });
  if (!plan.ok) throw new Error(plan.error.code);
  const startedAt = new Date(start + index * 2 * 86_400_000).toISOString();
  const workoutId = `workout-${index}`;
  let current = stats;
  plan.value.workingSets.forEach((planned, setIndex) => {
    const loggedAt = new Date(Date.parse(startedAt) + (setIndex + 1) * 180_000).toISOString();
    const set: LoggedSet = {
      requestId: `request-${index}-${setIndex}`,
      exerciseId: 'bench-press',
      kind: 'working',
      reps: planned.targetReps,
      load: planned.load,
      failed: false,
      effort: null,
      target: { reps: planned.targetReps, load: planned.load },
      workoutId,
      workoutStartedAt: startedAt,
      focus,
      goal: 'both',
      level: 'intermediate',
      unit: 'kg',
      exerciseIndex: 0,
      setIndex,
      closesWorkout: false,
      loggedAt,
    };
    current = applySetToStats(current, setSortKey(loggedAt, set.requestId), set).stats;
  });
  return current as LiftStats;
}

function volumeAndLoad(stats: LiftStats, focus: SessionFocus) {
  const state = progressionFor(stats, 'bench-press', focus);
  if (!state?.load) throw new Error(`no ${focus} state`);
  return { load: state.load.value, volume: state.sets * state.targetReps, reps: state.targetReps };
}

describe('goal both: each focus progresses', () => {
  it('bench, intermediate, max 100 kg: size grows by volume and strength by load over eight sessions', () => {
    let stats: LiftStats | null = null;
    const seen: Record<SessionFocus, { load: number; volume: number }[]> = { hypertrophy: [], strength: [] };
    for (let index = 0; index < 8; index += 1) {
      const focus: SessionFocus = index % 2 === 0 ? 'hypertrophy' : 'strength';
      stats = trainSession(stats, index, focus);
      seen[focus].push(volumeAndLoad(stats, focus));
    }
    const size = seen.hypertrophy;
    const strength = seen.strength;
    // Double progression (source: hypertrophy = overload by volume): more reps × sets, same load.
    expect(
      (size.at(-1)?.volume ?? 0) > (size[0]?.volume ?? 0) || (size.at(-1)?.load ?? 0) > (size[0]?.load ?? 0),
    ).toBe(true);
    // Strength adds load after successful sessions (source: strength = heavier loads).
    expect(strength.at(-1)?.load ?? 0).toBeGreaterThan(strength[0]?.load ?? 0);
    // Both states are kept side by side.
    expect(stats?.progressionByFocus?.hypertrophy?.focus).toBe('hypertrophy');
    expect(stats?.progressionByFocus?.strength?.focus).toBe('strength');
  });

  it('an item of the old shape (one state, no per-focus states) still gives its own focus its targets', () => {
    const old = {
      exerciseId: 'bench-press',
      focus: 'strength' as const,
      load: { value: 80, unit: 'kg' as const },
      targetReps: 7,
      sets: 3,
      failedSessions: 0,
      beatTargetSessions: 0,
      updatedAt: '2026-11-01T08:00:00.000Z',
    };
    expect(progressionFor({ progression: old }, 'bench-press', 'strength')).toEqual(old);
    expect(progressionFor({ progression: old }, 'bench-press', 'hypertrophy')).toBeNull();
  });
});
