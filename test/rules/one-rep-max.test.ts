import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Weight } from '../../lambda/rules';
import { assumedRepsInReserve, brzycki, epley, estimateOneRepMax } from '../../lambda/rules';

const kg = (value: number): Weight => ({ value, unit: 'kg' });

describe('estimateOneRepMax', () => {
  it.each([
    // weight, reps, expected max, formula, confidence
    [100, 1, 100, 'brzycki', 'high'],
    [100, 5, 112.5, 'brzycki', 'high'],
    [100, 10, 133.33, 'brzycki', 'high'],
    [100, 12, 140, 'epley', 'low'],
    [100, 30, 200, 'epley', 'low'],
  ] as const)('%d kg × %d → %d (%s, %s confidence)', (weight, reps, expected, formula, confidence) => {
    const result = estimateOneRepMax(kg(weight), reps);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.oneRepMax.value).toBeCloseTo(expected, 1);
    expect(result.value.oneRepMax.unit).toBe('kg');
    expect(result.value.formula).toBe(formula);
    expect(result.value.confidence).toBe(confidence);
  });

  it('uses the two formulas as the field defines them', () => {
    expect(epley(100, 10)).toBeCloseTo(133.33, 2);
    expect(brzycki(100, 10)).toBeCloseTo(133.33, 2);
    expect(brzycki(225, 5)).toBeCloseTo(253.125, 3);
  });

  it('counts reps left in reserve as reps to failure', () => {
    const stopped = estimateOneRepMax(kg(80), 6, 2);
    expect(stopped.ok && stopped.value.oneRepMax.value).toBeCloseTo(brzycki(80, 8), 6);
    const long = estimateOneRepMax(kg(60), 9, 3);
    expect(long.ok && long.value).toMatchObject({ formula: 'epley', confidence: 'low' });
    for (const bad of [-1, 6, 1.5, Number.NaN]) {
      expect(estimateOneRepMax(kg(80), 6, bad)).toMatchObject({
        ok: false,
        error: { code: 'invalid-reps-in-reserve' },
      });
    }
  });

  it.each([
    ['failure', true, 0],
    ['hard', true, 1],
    ['easy', false, 3],
    [null, true, 2],
    [undefined, false, 0],
  ] as const)('assumes %s effort (target met: %s) left %i in reserve', (effort, met, expected) => {
    expect(assumedRepsInReserve(effort, met)).toBe(expected);
  });

  it('keeps the unit of the set', () => {
    const result = estimateOneRepMax({ value: 225, unit: 'lb' }, 5);
    expect(result.ok && result.value.oneRepMax.unit).toBe('lb');
  });

  it.each([
    ['zero reps', kg(100), 0, 'invalid-reps'],
    ['negative reps', kg(100), -3, 'invalid-reps'],
    ['fractional reps', kg(100), 2.5, 'invalid-reps'],
    ['NaN reps', kg(100), Number.NaN, 'invalid-reps'],
    ['31 reps', kg(100), 31, 'too-many-reps'],
    ['zero weight', kg(0), 5, 'invalid-weight'],
    ['negative weight', kg(-20), 5, 'invalid-weight'],
    ['infinite weight', kg(Number.POSITIVE_INFINITY), 5, 'invalid-weight'],
    ['NaN weight', kg(Number.NaN), 5, 'invalid-weight'],
    ['unknown unit', { value: 100, unit: 'stone' } as unknown as Weight, 5, 'invalid-weight'],
    ['no weight', null as unknown as Weight, 5, 'invalid-weight'],
  ])('%s is an error result that says why', (_, weight, reps, code) => {
    const result = estimateOneRepMax(weight, reps);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message.length).toBeGreaterThan(10);
  });

  it('gives a finite max at least the weight lifted for any valid set (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 500, noNaN: true }),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom('kg' as const, 'lb' as const),
        (value, reps, unit) => {
          const result = estimateOneRepMax({ value, unit }, reps);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(Number.isFinite(result.value.oneRepMax.value)).toBe(true);
          expect(result.value.oneRepMax.value).toBeGreaterThanOrEqual(value);
          expect(result.value.confidence).toBe(reps <= 10 ? 'high' : 'low');
        },
      ),
    );
  });

  it('rejects every reps value outside 1–30 and every unusable weight (property)', () => {
    const badReps = fc.oneof(
      fc.integer({ max: 0 }),
      fc.integer({ min: 31 }),
      fc.double({ noNaN: false }).filter((n) => !Number.isInteger(n)),
    );
    const badWeight = fc.oneof(
      fc.double({ max: 0 }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
    );
    fc.assert(
      fc.property(badReps, (reps) => {
        expect(estimateOneRepMax(kg(100), reps).ok).toBe(false);
      }),
    );
    fc.assert(
      fc.property(badWeight, (value) => {
        expect(estimateOneRepMax(kg(value), 5).ok).toBe(false);
      }),
    );
  });
});
