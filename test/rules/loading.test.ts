import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Equipment, Unit, Weight } from '../../lambda/rules';
import {
  barWeights,
  convert,
  defaultUnitForLocale,
  minimumLoad,
  plateBreakdown,
  roundToLoadable,
  snapToLoadable,
} from '../../lambda/rules';

const loaded = (result: ReturnType<typeof roundToLoadable>) => (result.ok ? result.value.value : Number.NaN);

describe('roundToLoadable', () => {
  it.each([
    [{ value: 101.2, unit: 'kg' }, 'barbell', 100],
    [{ value: 101.3, unit: 'kg' }, 'barbell', 102.5],
    [{ value: 227, unit: 'lb' }, 'barbell', 225],
    [{ value: 10, unit: 'kg' }, 'barbell', 20],
    [{ value: 13.4, unit: 'kg' }, 'dumbbells', 12.5],
    [{ value: 33, unit: 'lb' }, 'dumbbells', 35],
    [{ value: 47, unit: 'kg' }, 'machines', 45],
    [{ value: 47, unit: 'lb' }, 'machines', 50],
    [{ value: 3, unit: 'kg' }, 'bodyweight', 2.5],
  ] as [Weight, Equipment, number][])('%o on %s → %d', (weight, equipment, expected) => {
    expect(roundToLoadable(weight, equipment)).toEqual({
      ok: true,
      value: { value: expected, unit: weight.unit },
    });
  });

  it('rounds down or up when asked', () => {
    expect(loaded(roundToLoadable({ value: 104.9, unit: 'kg' }, 'barbell', 'down'))).toBe(102.5);
    expect(loaded(roundToLoadable({ value: 100.1, unit: 'kg' }, 'barbell', 'up'))).toBe(102.5);
    expect(loaded(roundToLoadable({ value: 102.5, unit: 'kg' }, 'barbell', 'down'))).toBe(102.5);
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])('rejects a weight of %d', (value) => {
    const result = roundToLoadable({ value, unit: 'kg' }, 'barbell');
    expect(result.ok || result.error.code).toBe('invalid-weight');
  });

  it('rejects unknown equipment', () => {
    expect(roundToLoadable({ value: 50, unit: 'kg' }, 'kettlebell' as Equipment)).toMatchObject({
      ok: false,
      error: { code: 'invalid-equipment' },
    });
  });

  it('lands on the equipment grid, within half a step, never below the minimum (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 500, noNaN: true }),
        fc.constantFrom<Equipment>('barbell', 'dumbbells', 'machines', 'bodyweight'),
        fc.constantFrom<Unit>('kg', 'lb'),
        (value, equipment, unit) => {
          const rounded = loaded(roundToLoadable({ value, unit }, equipment));
          const floor = minimumLoad(equipment, unit);
          expect(Number.isFinite(rounded)).toBe(true);
          expect(rounded).toBeGreaterThanOrEqual(floor);
          expect(snapToLoadable(rounded, equipment, unit)).toBe(rounded);
          if (value >= floor) {
            const step = equipment === 'machines' ? (unit === 'kg' ? 5 : 10) : unit === 'kg' ? 2.5 : 5;
            expect(Math.abs(rounded - value)).toBeLessThanOrEqual(step / 2 + 1e-9);
          }
        },
      ),
    );
  });
});

describe('plateBreakdown', () => {
  it('loads 102.5 kg as 25 + 15 + 1.25 a side on a 20 kg bar', () => {
    const result = plateBreakdown({ value: 102.5, unit: 'kg' });
    expect(result.ok && result.value.platesPerSide.map((plate) => plate.value)).toEqual([25, 15, 1.25]);
    expect(result.ok && result.value.bar).toEqual({ value: 20, unit: 'kg' });
  });

  it('loads 225 lb as two 45s a side', () => {
    const result = plateBreakdown({ value: 225, unit: 'lb' });
    expect(result.ok && result.value.platesPerSide).toEqual([
      { value: 45, unit: 'lb' },
      { value: 45, unit: 'lb' },
    ]);
  });

  it('converts into the unit of the plates on hand', () => {
    const result = plateBreakdown({ value: 100, unit: 'kg' }, 'lb');
    expect(result.ok && result.value.total).toEqual({ value: 220, unit: 'lb' });
  });

  it('says the bar is empty for the bar alone and refuses less than the bar', () => {
    expect(plateBreakdown({ value: 20, unit: 'kg' })).toMatchObject({
      ok: true,
      value: { platesPerSide: [] },
    });
    expect(plateBreakdown({ value: 15, unit: 'kg' })).toMatchObject({
      ok: false,
      error: { code: 'below-bar-weight' },
    });
    expect(plateBreakdown({ value: -1, unit: 'kg' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-weight' },
    });
  });

  it('refuses plates in an unknown unit', () => {
    expect(plateBreakdown({ value: 60, unit: 'kg' }, 'stone' as Unit)).toMatchObject({
      ok: false,
      error: { code: 'invalid-unit' },
    });
  });

  it('adds up to the load rounded to the bar grid, symmetric per side (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 45, max: 500, noNaN: true }),
        fc.constantFrom<Unit>('kg', 'lb'),
        (value, unit) => {
          const result = plateBreakdown({ value, unit });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const perSide = result.value.platesPerSide.reduce((sum, plate) => sum + plate.value, 0);
          expect(barWeights[unit] + 2 * perSide).toBeCloseTo(snapToLoadable(value, 'barbell', unit), 6);
          expect(result.value.total.value).toBeCloseTo(snapToLoadable(value, 'barbell', unit), 6);
        },
      ),
    );
  });
});

describe('convert and units', () => {
  it('converts with the exact pound', () => {
    expect(convert({ value: 100, unit: 'kg' }, 'lb').value).toBeCloseTo(220.462, 3);
    expect(convert({ value: 45, unit: 'lb' }, 'kg').value).toBeCloseTo(20.412, 3);
    expect(convert({ value: 60, unit: 'kg' }, 'kg')).toEqual({ value: 60, unit: 'kg' });
  });

  it('round-trips any weight (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 10_000, noNaN: true }),
        fc.constantFrom<Unit>('kg', 'lb'),
        (value, unit) => {
          const other: Unit = unit === 'kg' ? 'lb' : 'kg';
          const back = convert(convert({ value, unit }, other), unit);
          expect(back.unit).toBe(unit);
          expect(back.value).toBeCloseTo(value, 9);
        },
      ),
    );
  });

  it.each([
    ['en-US', 'lb'],
    ['en_US', 'lb'],
    ['en-GB', 'kg'],
    ['en-AU', 'kg'],
    ['en-CA', 'kg'],
    ['en-IN', 'kg'],
  ])('defaults %s to %s', (locale, unit) => {
    expect(defaultUnitForLocale(locale)).toBe(unit);
  });
});
