import type { Unit, Weight } from '../../rules/types';

// Numbers the way a lifter says them: "one hundred and two and a half kilos", "ninety seconds".
// Alexa would read "102.5 kg" as "one hundred two point five k g", which nobody says in a gym.

const ones = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function belowHundred(n: number): string {
  if (n < 20) return ones[n] ?? String(n);
  const ten = tens[Math.floor(n / 10)] ?? '';
  const one = n % 10;
  return one === 0 ? ten : `${ten}-${ones[one]}`;
}

function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0) return belowHundred(rest);
  const head = `${ones[hundreds]} hundred`;
  return rest === 0 ? head : `${head} and ${belowHundred(rest)}`;
}

/** A whole number in words, "and" after hundreds as spoken in English gyms; digits beyond a million. */
export function integerToWords(value: number): string {
  const n = Math.trunc(Math.abs(value));
  const sign = value < 0 ? 'minus ' : '';
  if (n >= 1_000_000) return `${sign}${n}`;
  if (n < 1000) return sign + belowThousand(n);
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const head = `${belowThousand(thousands)} thousand`;
  if (rest === 0) return sign + head;
  return `${sign}${head}${rest < 100 ? ' and ' : ' '}${belowThousand(rest)}`;
}

const fractions: ReadonlyArray<[number, string]> = [
  [0.25, 'and a quarter'],
  [0.5, 'and a half'],
  [0.75, 'and three quarters'],
];

/** 102.5 → "one hundred and two and a half"; 0.5 → "half a"; 1.2 → "one point two". */
export function numberToWords(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  const whole = Math.trunc(rounded);
  const fraction = Math.round((rounded - whole) * 100) / 100;
  if (fraction === 0) return integerToWords(whole);
  const named = fractions.find(([amount]) => amount === fraction);
  if (named) return whole === 0 ? named[1].replace(/^and /, '') : `${integerToWords(whole)} ${named[1]}`;
  const digits = String(fraction).split('.')[1] ?? '';
  return `${integerToWords(whole)} point ${[...digits].map((digit) => ones[Number(digit)]).join(' ')}`;
}

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
