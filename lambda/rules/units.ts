import type { Unit, Weight } from './types';

// The international avoirdupois pound is defined as exactly 0.45359237 kg.
const KILOGRAMS_PER_POUND = 0.45359237;

/** The same weight in another unit, unrounded so a round trip gives back what went in. */
export function convert(weight: Weight, unit: Unit): Weight {
  if (weight.unit === unit) return { value: weight.value, unit };
  const value = unit === 'kg' ? weight.value * KILOGRAMS_PER_POUND : weight.value / KILOGRAMS_PER_POUND;
  return { value, unit };
}

/** Lifters in the US load pounds; the other English-speaking locales the skill serves load kilos. */
export function defaultUnitForLocale(locale: string): Unit {
  return locale.trim().toLowerCase().replace('_', '-') === 'en-us' ? 'lb' : 'kg';
}
