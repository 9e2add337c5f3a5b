import { describe, expect, it } from 'vitest';
import type { Goal, Level, ProgressionState, Weight } from '../../lambda/rules';
import { assumedRepsInReserve, estimateOneRepMax, prescribe, progress } from '../../lambda/rules';

// The rules in the loop the skill and progress Lambda run: prescribe → lift exactly the targets →
// re-estimate the max → progress → prescribe again. Loads must climb, gently, session after session.
function runSessions(goal: Goal, level: Level, exerciseId: string, startingMax: Weight, sessions: number) {
  let max = startingMax;
  let state: ProgressionState | null = null;
  const loads: number[] = [];
  for (let session = 0; session < sessions; session += 1) {
    const now = new Date(Date.UTC(2026, 10, 1 + session * 2, 8)).toISOString();
    const prescribed = prescribe({
      exerciseId,
      goal,
      level,
      unit: max.unit,
      oneRepMax: max,
      progression: state,
    });
    if (!prescribed.ok) throw new Error(prescribed.error.code);
    const sets = prescribed.value.workingSets;
    const load = sets[0]?.load as Weight;
    loads.push(load.value);
    const logged = sets.map((set) => ({
      reps: set.targetReps,
      load: set.load,
      target: { reps: set.targetReps, load: set.load },
    }));
    const estimate = estimateOneRepMax(load, sets[0]?.targetReps ?? 1, assumedRepsInReserve(null, true));
    // As the progress Lambda does: only a trustworthy (≤ 10 reps to failure) estimate replaces the max.
    if (estimate.ok && estimate.value.confidence === 'high') max = estimate.value.oneRepMax;
    const next = progress({ exerciseId, goal, level, unit: max.unit, previous: state, sets: logged, now });
    if (!next.ok) throw new Error(next.error.code);
    state = next.value.state;
  }
  return loads;
}

describe('the coaching loop', () => {
  it.each([
    ['strength', 'beginner', 'squat', { value: 100, unit: 'kg' }],
    ['strength', 'intermediate', 'bench-press', { value: 225, unit: 'lb' }],
    ['strength', 'advanced', 'deadlift', { value: 200, unit: 'kg' }],
    ['hypertrophy', 'beginner', 'bench-press', { value: 80, unit: 'kg' }],
    ['hypertrophy', 'advanced', 'leg-press', { value: 400, unit: 'lb' }],
  ] as const)('climbs for %s %s on the %s when every target is met', (goal, level, exerciseId, max) => {
    const loads = runSessions(goal, level, exerciseId, max, 12);
    for (let index = 1; index < loads.length; index += 1) {
      const before = loads[index - 1] as number;
      const after = loads[index] as number;
      expect(after).toBeGreaterThanOrEqual(before);
      expect(after - before).toBeLessThanOrEqual(Math.max(before * 0.05, max.unit === 'kg' ? 5 : 10));
    }
    expect(loads[loads.length - 1]).toBeGreaterThan(loads[0] as number);
  });
});
