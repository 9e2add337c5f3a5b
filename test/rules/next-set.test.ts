import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NextSetInput } from '../../lambda/rules';
import { nextSet } from '../../lambda/rules';
import { anyExercise, units } from './arbitraries';

const bench = (
  logged: NextSetInput['logged'],
  planned: Partial<NextSetInput['planned']> = {},
): NextSetInput => ({
  exerciseId: 'bench-press',
  planned: { targetReps: 8, load: { value: 80, unit: 'kg' }, ...planned },
  logged,
});

describe('nextSet', () => {
  it('keeps the load when the set was on target', () => {
    expect(nextSet(bench({ reps: 8 }))).toMatchObject({
      ok: true,
      value: { load: { value: 80, unit: 'kg' }, targetReps: 8, change: 'keep', note: null },
    });
    expect(nextSet(bench({ reps: 7 }))).toMatchObject({ ok: true, value: { change: 'keep' } });
  });

  it('drops by the chart when reps were well below target', () => {
    // NSCA chart: 8 reps ↔ 80%, 5 reps ↔ 87%: 80 kg × 80/87 = 73.6, up to the bar's 75 kg.
    const result = nextSet(bench({ reps: 5 }));
    expect(result).toMatchObject({
      ok: true,
      value: { load: { value: 75, unit: 'kg' }, change: 'load-down' },
    });
    expect(result.ok && result.value.reason).toBe('Five of eight: next set drops to seventy-five kilos.');
  });

  it.each([
    // [planned reps, done, planned kg, expected kg, chart rows]
    [5, 3, 200, 187.5, '5 reps ↔ 87%, 3 reps ↔ 93%: 200 × 87/93 = 187.1 → 187.5 (6%)'],
    [10, 8, 100, 95, '10 reps ↔ 75%, 8 reps ↔ 80%: 100 × 75/80 = 93.75 → 95 (5%)'],
    [6, 4, 140, 132.5, '6 reps ↔ 85%, 4 reps ↔ 90%: 140 × 85/90 = 132.2 → 132.5 (5%)'],
  ])('two reps short of %i (did %i) at %i kg drops to %i kg (%s)', (targetReps, reps, planned, expected) => {
    const result = nextSet({
      exerciseId: 'squat',
      planned: { targetReps, load: { value: planned, unit: 'kg' } },
      logged: { reps },
    });
    expect(result.ok && result.value.load).toEqual({ value: expected, unit: 'kg' });
  });

  it('drops a step after a failed set even one rep short', () => {
    expect(nextSet(bench({ reps: 7, failed: true }))).toMatchObject({
      ok: true,
      value: { change: 'load-down' },
    });
    expect(nextSet(bench({ reps: 7, effort: 'failure' }))).toMatchObject({
      ok: true,
      value: { change: 'load-down' },
    });
  });

  it('keeps the load and notes it for next session when reps were well above target', () => {
    const result = nextSet(bench({ reps: 11 }));
    expect(result).toMatchObject({
      ok: true,
      value: { load: { value: 80, unit: 'kg' }, change: 'keep', note: 'beat-target' },
    });
  });

  it('never jumps more than 5% over the plan mid-session', () => {
    const result = nextSet(bench({ reps: 8, load: { value: 100, unit: 'kg' } }));
    expect(result.ok && result.value.load?.value).toBeLessThanOrEqual(84);
  });

  it('follows what was actually lifted, in the planned unit', () => {
    const result = nextSet(bench({ reps: 4, load: { value: 170, unit: 'lb' } }));
    expect(result).toMatchObject({ ok: true, value: { load: { unit: 'kg' }, change: 'load-down' } });
    // 170 lb = 77.1 kg; chart 8 ↔ 80%, 4 ↔ 90%: 77.1 × 80/90 = 68.5, up to 70 kg.
    expect(result.ok && result.value.load?.value).toBe(70);
  });

  it('lowers the rep target when the load cannot go lower', () => {
    expect(nextSet(bench({ reps: 4 }, { load: { value: 20, unit: 'kg' } }))).toMatchObject({
      ok: true,
      value: { load: { value: 20, unit: 'kg' }, targetReps: 4, change: 'reps-down' },
    });
    expect(
      nextSet({
        exerciseId: 'push-up',
        planned: { targetReps: 10, load: null },
        logged: { reps: 0, failed: true },
      }),
    ).toMatchObject({ ok: true, value: { load: null, targetReps: 1, change: 'reps-down' } });
  });

  it('takes added load off a bodyweight lift step by step', () => {
    expect(
      nextSet({
        exerciseId: 'pull-up',
        planned: { targetReps: 6, load: { value: 2.5, unit: 'kg' } },
        logged: { reps: 3 },
      }),
    ).toMatchObject({ ok: true, value: { load: null, change: 'load-down' } });
    expect(
      nextSet({
        exerciseId: 'dip',
        planned: { targetReps: 6, load: null },
        logged: { reps: 6, load: { value: 10, unit: 'lb' } },
      }),
    ).toMatchObject({ ok: true, value: { load: { value: 10, unit: 'lb' }, change: 'keep' } });
  });

  it.each([
    ['an unknown lift', { ...bench({ reps: 8 }), exerciseId: 'nope' }, 'unknown-exercise'],
    ['a zero target', bench({ reps: 8 }, { targetReps: 0 }), 'invalid-target'],
    ['a fractional target', bench({ reps: 8 }, { targetReps: 7.5 }), 'invalid-target'],
    ['a target over 30', bench({ reps: 8 }, { targetReps: 31 }), 'invalid-target'],
    [
      'a broken planned load',
      bench({ reps: 8 }, { load: { value: Number.NaN, unit: 'kg' } }),
      'invalid-weight',
    ],
    ['negative reps', bench({ reps: -1 }), 'invalid-set'],
    ['fractional reps', bench({ reps: 2.5 }), 'invalid-set'],
    ['a broken logged load', bench({ reps: 8, load: { value: 0, unit: 'kg' } }), 'invalid-set'],
  ])('answers %s with an error result', (_, input, code) => {
    expect(nextSet(input)).toMatchObject({ ok: false, error: { code } });
  });

  it('never raises the load more than 5% over the plan, and never returns NaN (property)', () => {
    fc.assert(
      fc.property(
        anyExercise,
        units,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 100 }),
        fc.option(fc.double({ min: 1, max: 400, noNaN: true }), { nil: null }),
        fc.option(fc.double({ min: 1, max: 400, noNaN: true }), { nil: undefined }),
        (exercise, unit, targetReps, reps, planned, lifted) => {
          const result = nextSet({
            exerciseId: exercise.id,
            planned: { targetReps, load: planned === null ? null : { value: planned, unit } },
            logged: { reps, load: lifted === undefined ? undefined : { value: lifted, unit } },
          });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const { load } = result.value;
          if (load) {
            expect(Number.isFinite(load.value)).toBe(true);
            expect(load.value).toBeGreaterThan(0);
            const reference = planned ?? lifted ?? 0;
            expect(load.value).toBeLessThanOrEqual(Math.max(reference * 1.05, lifted ?? 0) + 1e-9);
            if (planned !== null) expect(load.value).toBeLessThanOrEqual(planned * 1.05 + 1e-9);
          }
          expect(result.value.targetReps).toBeGreaterThanOrEqual(1);
          expect(result.value.targetReps).toBeLessThanOrEqual(targetReps);
        },
      ),
      { numRuns: 500 },
    );
  });
});
