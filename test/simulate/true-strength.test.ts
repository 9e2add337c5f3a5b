import { describe, expect, it } from 'vitest';
import { TrueStrength } from '../../local/simulated-trainee-strength';

// The simulated lifter's strength decides every set it says, so a curve is only as honest as this
// model: what it can do depends on the load moved, never on what the plan asked for.

const lifter = (level: 'beginner' | 'advanced') =>
  new TrueStrength({
    level,
    unit: 'kg',
    random: () => 0.5, // never a bad day
    statedMaxes: { 'bench-press': 100 },
    trueShareOfStated: 1,
    growthPerSession: 0.01,
  });

describe('the simulated lifter', () => {
  it('lifts a stated max by the NSCA chart: 80% of 100 kg is an 8-rep max', () => {
    expect(lifter('beginner').capacity('bench-press', 80, 0)).toBe(8);
  });

  it('loses a rep every second working set', () => {
    const strength = lifter('beginner');
    expect([0, 1, 2, 3, 4].map((set) => strength.capacity('bench-press', 80, set))).toEqual([8, 8, 7, 7, 6]);
  });

  it('does pull-ups at body weight by level, and fewer as load is added', () => {
    expect(lifter('beginner').capacity('pull-up', 0, 0)).toBe(6);
    const advanced = lifter('advanced');
    const reps = [0, 10, 20, 30].map((added) => advanced.capacity('pull-up', added, 0));
    expect(reps[0]).toBe(14);
    for (let index = 1; index < reps.length; index++) expect(reps[index]).toBeLessThan(reps[index - 1] ?? 0);
  });

  it('grows a little with each session trained, bodyweight lifts too', () => {
    const strength = lifter('beginner');
    const before = strength.of('pull-up');
    for (let session = 0; session < 20; session++) strength.grow('pull-up');
    expect(strength.of('pull-up')).toBeCloseTo(before * 1.01 ** 20, 6);
    expect(strength.capacity('pull-up', 0, 0)).toBeGreaterThan(6);
  });
});
