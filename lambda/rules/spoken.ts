import type { Weight } from './types';

// Numbers as a lifter says them: "one hundred and two and a half kilos", "eighty percent".

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
  if (n < 20) return ones[n] as string;
  const unit = n % 10;
  const ten = tens[Math.floor(n / 10)] as string;
  return unit === 0 ? ten : `${ten}-${ones[unit]}`;
}

function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0) return belowHundred(rest);
  const head = `${ones[hundreds]} hundred`;
  return rest === 0 ? head : `${head} and ${belowHundred(rest)}`;
}

/** `alone`: nothing follows, so an exact hundred is said the gym way, "a hundred kilos". */
function wholeNumber(n: number, alone = true): string {
  if (n === 100 && alone) return 'a hundred';
  if (n < 1000) return belowThousand(n);
  if (n >= 1_000_000) {
    const millions = Math.floor(n / 1_000_000);
    const rest = n % 1_000_000;
    const head = `${belowThousand(millions)} million`;
    if (rest === 0) return head;
    return rest < 100 ? `${head} and ${belowHundred(rest)}` : `${head} ${wholeNumber(rest, false)}`;
  }
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const head = `${belowThousand(thousands)} thousand`;
  if (rest === 0) return head;
  return rest < 100 ? `${head} and ${belowHundred(rest)}` : `${head} ${belowThousand(rest)}`;
}

const fractions: Record<string, string> = { '0.25': 'a quarter', '0.5': 'a half', '0.75': 'three quarters' };

/** A non-negative number in words; quarters and halves the way plates add up, else one decimal. */
export function spokenNumber(value: number): string {
  // Past a billion (or not a number at all) no lifter's figure is meant; never say "undefined".
  if (!Number.isFinite(value) || Math.abs(value) >= 1e9) return 'a number too big to say';
  const rounded = Math.round(Math.abs(value) * 100) / 100;
  const whole = Math.floor(rounded);
  const fraction = Number((rounded - whole).toFixed(2));
  const sign = value < 0 && rounded > 0 ? 'minus ' : '';
  if (fraction === 0) return `${sign}${wholeNumber(whole)}`;
  const named = fractions[String(fraction)];
  if (named) return whole === 0 ? `${sign}${named}` : `${sign}${wholeNumber(whole, false)} and ${named}`;
  const tenth = Math.round(fraction * 10);
  if (tenth === 0 || tenth === 10) return `${sign}${wholeNumber(Math.round(rounded))}`;
  return `${sign}${wholeNumber(whole, false)} point ${ones[tenth]}`;
}

export function spokenWeight(weight: Weight): string {
  const isOne = Math.abs(weight.value - 1) < 1e-9;
  const unit = weight.unit === 'kg' ? (isOne ? 'kilo' : 'kilos') : isOne ? 'pound' : 'pounds';
  return `${spokenNumber(weight.value)} ${unit}`;
}

/**
 * An estimated max as a lifter says it: an estimate is not plate-exact, so "about one hundred and
 * seventy pounds" rather than "one hundred and sixty-seven and a half". Pounds go to the nearest
 * five, kilos to the nearest kilo below fifty and the nearest five above (no "and a half").
 */
export function roundedEstimate(weight: Weight): Weight {
  const step = weight.unit === 'lb' ? 5 : weight.value < 50 ? 1 : 5;
  return { value: Math.max(step, Math.round(weight.value / step) * step), unit: weight.unit };
}

/** "about one hundred and seventy pounds". */
export function spokenEstimate(weight: Weight): string {
  return `about ${spokenWeight(roundedEstimate(weight))}`;
}

export function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
