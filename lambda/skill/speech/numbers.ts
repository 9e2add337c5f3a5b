import { spokenNumber } from '../../rules';
import type { Unit, Weight } from '../../rules/types';

// Numbers the way a lifter says them: "one hundred and two and a half kilos", "ninety seconds".
// Alexa would read "102.5 kg" as "one hundred two point five k g", which nobody says in a gym.

/** A whole number in words, "and" after hundreds as spoken in English gyms ("a hundred" when exact). */
export function integerToWords(value: number): string {
  return spokenNumber(Math.trunc(value));
}

/** 102.5 → "one hundred and two and a half"; quarters and halves as plates add up, else one decimal. */
export const numberToWords = spokenNumber;

export function unitWord(unit: Unit, amount: number): string {
  if (unit === 'kg') return amount === 1 ? 'kilo' : 'kilos';
  return amount === 1 ? 'pound' : 'pounds';
}

/** A weight with its unit: "sixty kilos", "one hundred and two and a half kilos", "a quarter kilo". */
export function sayWeight(weight: Weight): string {
  const words = numberToWords(weight.value);
  const unit = unitWord(weight.unit, weight.value);
  return weight.value > 0 && weight.value < 1
    ? `${words} of a ${unitWord(weight.unit, 1)}`
    : `${words} ${unit}`;
}

/** A weight for the card and the screen, where digits read faster: "102.5 kg". */
export function writeWeight(weight: Weight): string {
  return `${Number(weight.value.toFixed(2))} ${weight.unit}`;
}

export function sayReps(reps: number): string {
  return `${integerToWords(reps)} ${reps === 1 ? 'rep' : 'reps'}`;
}

/** Rests as people say them: "ninety seconds", "two minutes", "two and a half minutes", "three minutes and ten seconds". */
export function sayDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  if (seconds < 120 && seconds !== 60)
    return `${integerToWords(seconds)} ${seconds === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const minuteWords = `${integerToWords(minutes)} ${minutes === 1 ? 'minute' : 'minutes'}`;
  if (rest === 0) return minuteWords;
  if (rest === 30) return `${integerToWords(minutes)} and a half minutes`;
  return `${minuteWords} and ${integerToWords(rest)} ${rest === 1 ? 'second' : 'seconds'}`;
}

/** Ordinal words for set numbers: 1 → "one"? No: sets are said "set two", so cardinal; this gives "first", "second"… for lists. */
export function ordinal(n: number): string {
  const names = [
    'zeroth',
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
  ];
  return names[n] ?? `number ${integerToWords(n)}`;
}

/** "a, b and c" */
export function joinWords(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}
