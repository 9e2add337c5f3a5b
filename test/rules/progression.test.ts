import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProgressInput, ProgressionState, SessionSet, Weight } from '../../lambda/rules';
import { convert, guidelines, loadStepFor, progress, raiseLoad } from '../../lambda/rules';
import { focuses, levels, loadedExercises, progressionStates, units } from './arbitraries';

const now = '2026-11-26T08:00:00.000Z';
const kg = (value: number): Weight => ({ value, unit: 'kg' });
const sets = (load: Weight | null, ...reps: number[]): SessionSet[] =>
  reps.map((count) => ({ reps: count, load }));

const state = (overrides: Partial<ProgressionState> = {}): ProgressionState => ({
  exerciseId: 'bench-press',
  focus: 'hypertrophy',
  load: kg(60),
  targetReps: 10,
  sets: 3,
  failedSessions: 0,
  beatTargetSessions: 0,
  updatedAt: '2026-11-20T08:00:00.000Z',
  ...overrides,
});

const input = (overrides: Partial<ProgressInput>): ProgressInput => ({
  exerciseId: 'bench-press',
  goal: 'hypertrophy',
  level: 'intermediate',
  unit: 'kg',
  previous: state(),
  sets: sets(kg(60), 10, 10, 10),
  now,
  ...overrides,
});

function outcome(result: ReturnType<typeof progress>) {
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('progress: double progression for hypertrophy', () => {
  it('adds a rep when every set hit the target below the top of the range', () => {
    const next = outcome(progress(input({})));
    expect(next.decision).toBe('add-reps');
    expect(next.state).toMatchObject({ load: kg(60), targetReps: 11, sets: 3, failedSessions: 0 });
    expect(next.state.updatedAt).toBe(now);
    expect(next.reason).toBe('Every set hit ten reps, so next time aim for eleven at sixty kilos.');
  });

  it('grows volume by a set at the top of the range while the level allows more sets', () => {
    const next = outcome(
      progress(input({ previous: state({ targetReps: 12 }), sets: sets(kg(60), 12, 12, 12) })),
    );
    expect(next.decision).toBe('add-set');
    expect(next.state).toMatchObject({ sets: 4, targetReps: 12, load: kg(60) });
  });

  it('adds the smallest step and drops to the bottom of the window at the top of reps and sets', () => {
    const next = outcome(
      progress(input({ previous: state({ targetReps: 12, sets: 4 }), sets: sets(kg(60), 12, 12, 12, 12) })),
    );
    expect(next.decision).toBe('increase-load');
    expect(next.state).toMatchObject({ load: kg(62.5), targetReps: 8, sets: 4 });
  });

  it('applies the 2-for-2 rule: two extra reps on the last set two sessions running adds load', () => {
    const first = outcome(progress(input({ sets: sets(kg(60), 10, 10, 12) })));
    expect(first.state.beatTargetSessions).toBe(1);
    const second = outcome(
      progress(input({ previous: { ...first.state, targetReps: 10 }, sets: sets(kg(60), 10, 10, 12) })),
    );
    expect(second.decision).toBe('increase-load');
    expect(second.state.load).toEqual(kg(62.5));
    expect(second.state.beatTargetSessions).toBe(0);
    expect(second.reason).toContain('two sessions running');
  });
});

describe('progress: strength', () => {
  const strength = (overrides: Partial<ProgressInput>) =>
    input({
      goal: 'strength',
      previous: state({ focus: 'strength', load: kg(100), targetReps: 6 }),
      ...overrides,
    });

  it('adds a step after a successful session', () => {
    const next = outcome(progress(strength({ sets: sets(kg(100), 6, 6, 6) })));
    expect(next.decision).toBe('increase-load');
    expect(next.state.load).toEqual(kg(102.5));
    expect(next.reason).toBe(
      'Every set hit six reps, so next time goes up to one hundred and two and a half kilos.',
    );
  });

  it('adds two steps under the 2-for-2 rule, still within 5%', () => {
    const previous = state({ focus: 'strength', load: kg(100), targetReps: 6, beatTargetSessions: 1 });
    const next = outcome(progress(strength({ previous, sets: sets(kg(100), 6, 6, 8) })));
    expect(next.state.load).toEqual(kg(105));
  });

  it('holds the load after a missed session, then deloads about 10% after the third', () => {
    let previous = state({ focus: 'strength', load: kg(100), targetReps: 6 });
    for (const expected of [1, 2]) {
      const next = outcome(progress(strength({ previous, sets: sets(kg(100), 6, 5, 4) })));
      expect(next.decision).toBe('hold');
      expect(next.state).toMatchObject({ load: kg(100), failedSessions: expected });
      previous = next.state;
    }
    const deload = outcome(progress(strength({ previous, sets: sets(kg(100), 6, 5, 4) })));
    expect(deload.decision).toBe('deload');
    expect(deload.state).toMatchObject({ load: kg(90), failedSessions: 0 });
  });

  it('counts a failed or lighter set as a miss', () => {
    const failed: SessionSet[] = [...sets(kg(100), 6, 6), { reps: 6, load: kg(100), failed: true }];
    expect(outcome(progress(strength({ sets: failed }))).decision).toBe('hold');
    expect(outcome(progress(strength({ sets: sets(kg(90), 6, 6, 6) }))).decision).toBe('hold');
  });

  it('does not count a set whose target was lowered mid-session as reaching the session target', () => {
    const lowered: SessionSet[] = [
      ...sets(kg(100), 6, 6),
      { reps: 4, load: kg(100), target: { reps: 4, load: kg(100) } },
    ];
    expect(outcome(progress(strength({ sets: lowered }))).decision).toBe('hold');
  });

  it('holds when the session ended early', () => {
    const next = outcome(progress(strength({ sets: sets(kg(100), 6, 6) })));
    expect(next.decision).toBe('hold');
    expect(next.state.failedSessions).toBe(0);
  });
});

describe('progress: without a previous state, and bodyweight lifts', () => {
  it('starts from the sets’ own targets', () => {
    const logged: SessionSet[] = [1, 2, 3].map(() => ({
      reps: 8,
      load: kg(70),
      target: { reps: 8, load: kg(70) },
    }));
    const next = outcome(progress(input({ previous: null, sets: logged })));
    expect(next.state).toMatchObject({ load: kg(70), targetReps: 9, sets: 3 });
  });

  it('starts from what was lifted when nothing was planned', () => {
    const next = outcome(
      progress(input({ previous: null, goal: 'both', focus: 'strength', sets: sets(kg(80), 7, 7) })),
    );
    expect(next.state).toMatchObject({ focus: 'strength', load: kg(82.5), targetReps: 7, sets: 2 });
  });

  it('progresses bodyweight lifts by reps, then sets, then added load for the advanced', () => {
    const base = { exerciseId: 'pull-up', goal: 'hypertrophy' as const, unit: 'kg' as const, now };
    const pullUps = (
      previous: ProgressionState,
      reps: number[],
      level: ProgressInput['level'] = 'advanced',
    ) => outcome(progress({ ...base, level, previous, sets: sets(null, ...reps) }));
    const start = state({ exerciseId: 'pull-up', load: null, targetReps: 8, sets: 3 });
    expect(pullUps(start, [8, 8, 8]).state).toMatchObject({ targetReps: 9, load: null });
    expect(pullUps({ ...start, targetReps: 12 }, [12, 12, 12]).decision).toBe('add-set');
    const loaded = pullUps({ ...start, targetReps: 12, sets: 5 }, [12, 12, 12, 12, 12]);
    expect(loaded).toMatchObject({ decision: 'increase-load', state: { load: kg(2.5), targetReps: 8 } });
    // Below advanced there is no load to add: the reps go on past the range, up to twenty a set.
    const past = pullUps({ ...start, targetReps: 12, sets: 4 }, [12, 12, 12, 12], 'intermediate');
    expect(past).toMatchObject({ decision: 'add-reps', state: { targetReps: 13, load: null, sets: 4 } });
    const capped = pullUps({ ...start, targetReps: 20, sets: 4 }, [20, 20, 20, 20], 'intermediate');
    expect(capped).toMatchObject({ decision: 'top-of-range', state: { targetReps: 20 } });
    // An advanced lifter's added load climbs a step at a time, back to the bottom of the reps.
    const heavier = outcome(
      progress({
        ...base,
        level: 'advanced',
        previous: { ...start, load: kg(5), targetReps: 12, sets: 5 },
        sets: sets(kg(5), 12, 12, 12, 12, 12),
      }),
    );
    expect(heavier).toMatchObject({ decision: 'increase-load', state: { load: kg(7.5), targetReps: 8 } });
  });

  it('deloads bodyweight lifts by reps', () => {
    const previous = state({ exerciseId: 'push-up', load: null, targetReps: 12, failedSessions: 2 });
    const next = outcome(
      progress({
        exerciseId: 'push-up',
        goal: 'hypertrophy',
        level: 'beginner',
        unit: 'kg',
        previous,
        sets: sets(null, 9, 8),
        now,
      }),
    );
    expect(next).toMatchObject({ decision: 'deload', state: { targetReps: 11, load: null } });
  });

  it('ignores a previous state of another focus or lift', () => {
    const previous = state({ focus: 'strength', load: kg(200) });
    const next = outcome(progress(input({ previous, sets: sets(kg(60), 10, 10, 10) })));
    expect(next.state.load?.value).toBeLessThanOrEqual(63);
  });
});

describe('progress: results that say why', () => {
  it.each([
    ['an unknown lift', { exerciseId: 'nope' }, 'unknown-exercise'],
    ['an unknown unit', { unit: 'stone' as never }, 'invalid-training'],
    ['an unknown goal', { goal: 'tone' as never }, 'invalid-training'],
    ['an unknown level', { level: 'pro' as never }, 'invalid-training'],
    ['an unreadable time', { now: 'soon' }, 'invalid-time'],
    ['no sets', { sets: [] }, 'no-sets-logged'],
    ['negative reps', { sets: sets(kg(60), -1) }, 'invalid-set'],
    ['fractional reps', { sets: sets(kg(60), 7.5) }, 'invalid-set'],
    ['too many reps', { sets: sets(kg(60), 101) }, 'invalid-set'],
    ['a NaN load', { sets: sets(kg(Number.NaN), 8) }, 'invalid-set'],
    ['a zero load', { sets: sets(kg(0), 8) }, 'invalid-set'],
  ])('answers %s with an error result', (_, overrides, code) => {
    expect(progress(input(overrides))).toMatchObject({ ok: false, error: { code } });
  });
});

describe('progress: invariants (properties)', () => {
  it('never raises a lift more than about 5% (or one smallest step) per session, never NaN or negative', () => {
    const cases = fc.tuple(loadedExercises, levels, focuses, units).chain(([exercise, level, focus, unit]) =>
      fc.record({
        exercise: fc.constant(exercise),
        level: fc.constant(level),
        focus: fc.constant(focus),
        unit: fc.constant(unit),
        previous: progressionStates(exercise.id, focus),
        reps: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 6 }),
        failed: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(cases, ({ exercise, level, focus, unit, previous, reps, failed }) => {
        const load = previous.load;
        const logged: SessionSet[] = reps.map((count, index) => ({
          reps: count,
          load,
          failed: failed && index === reps.length - 1,
        }));
        const result = progress({
          exerciseId: exercise.id,
          goal: focus,
          level,
          unit,
          previous,
          sets: logged,
          now,
        });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const next = result.value.state;
        const rules = guidelines(focus, level).programming;
        expect(next.targetReps).toBeGreaterThanOrEqual(rules.reps.min);
        expect(next.targetReps).toBeLessThanOrEqual(rules.reps.max);
        expect(next.sets).toBeGreaterThanOrEqual(rules.sets.min);
        expect(next.sets).toBeLessThanOrEqual(rules.sets.max);
        expect(next.failedSessions).toBeGreaterThanOrEqual(0);
        expect(next.failedSessions).toBeLessThan(3);
        expect(JSON.parse(JSON.stringify(next))).toEqual(next);
        if (next.load && load) {
          const before = convert(load, unit).value;
          expect(Number.isFinite(next.load.value)).toBe(true);
          expect(next.load.value).toBeGreaterThan(0);
          const step = loadStepFor(exercise.equipment, unit);
          expect(next.load.value - before).toBeLessThanOrEqual(
            Math.max(before * 0.05, step) + step / 2 + 1e-9,
          );
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('raises by whole steps capped at 5%', () => {
    expect(raiseLoad(100, 1, 'barbell', 'kg')).toBe(102.5);
    expect(raiseLoad(100, 3, 'barbell', 'kg')).toBe(105);
    expect(raiseLoad(300, 4, 'barbell', 'lb')).toBe(315);
    expect(raiseLoad(10, 1, 'dumbbells', 'kg')).toBe(12.5);
  });
});
