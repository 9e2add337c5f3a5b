import type { Unit, Weight } from './types';

// The international avoirdupois pound is defined as exactly 0.45359237 kg.
const KILOGRAMS_PER_POUND = 0.45359237;

/** The same weight in another unit, unrounded so a round trip gives back what went in. */
export function convert(weight: Weight, unit: Unit): Weight {
  // Callers validate first (isValidWeight, zod); reaching here with NaN, a negative or 'stone' is a
  // bug, and a silent NaN would travel into a plan.
  if (!isUnit(weight.unit) || !isUnit(unit) || !Number.isFinite(weight.value) || weight.value < 0) {
    throw new RangeError('convert needs a finite, non-negative weight in kg or lb.');
  }
  if (weight.unit === unit) return { value: weight.value, unit };
  const value = unit === 'kg' ? weight.value * KILOGRAMS_PER_POUND : weight.value / KILOGRAMS_PER_POUND;
  return { value, unit };
}

function isUnit(unit: unknown): unit is Unit {
  return unit === 'kg' || unit === 'lb';
}

/** Lifters in the US load pounds; the other English-speaking locales the skill serves load kilos. */
export function defaultUnitForLocale(locale: string): Unit {
  return locale.trim().toLowerCase().replace('_', '-') === 'en-us' ? 'lb' : 'kg';
}
