/**
 * Numbers as a lifter says them, the way Alexa fills an AMAZON.NUMBER slot: "eight", "twenty-five",
 * "one hundred and two", "two twenty five" (225, as plates are called), "one oh five", "12",
 * "one hundred and two point five", "sixty and a half". Every function parses the WHOLE token list
 * or returns undefined, so a slot capture never swallows a neighbouring word.
 */
const unitWords: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const tensWords: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const digitsPattern = /^\d+(?:\.\d+)?$/;

/** A spoken number (integer or decimal) filling the whole token list. */
export function parseSpokenNumber(tokens: readonly string[]): number | undefined {
  if (tokens.length === 0) return undefined;
  if (tokens.length === 1 && digitsPattern.test(tokens[0] ?? '')) return Number(tokens[0]);
  const point = tokens.indexOf('point');
  if (point > 0) {
    const whole = parseWholeNumber(tokens.slice(0, point));
    const fraction = parseDigitSequence(tokens.slice(point + 1));
    return whole === undefined || fraction === undefined ? undefined : Number(`${whole}.${fraction}`);
  }
  const half = endsWith(tokens, ['and', 'a', 'half']);
  if (half) {
    const whole = parseWholeNumber(tokens.slice(0, -3));
    return whole === undefined ? undefined : whole + 0.5;
  }
  return parseWholeNumber(tokens);
}

/** A non-negative integer filling the whole token list (digits or words). */
export function parseWholeNumber(tokens: readonly string[]): number | undefined {
  if (tokens.length === 1 && /^\d+$/.test(tokens[0] ?? '')) return Number(tokens[0]);
  return withThousands(tokens) ?? colloquialHundreds(tokens);
}

function withThousands(tokens: readonly string[]): number | undefined {
  const at = tokens.indexOf('thousand');
  if (at < 0) return belowThousand(tokens);
  const multiplier =
    at === 1 && (tokens[0] === 'a' || tokens[0] === 'one') ? 1 : belowThousand(tokens.slice(0, at));
  if (multiplier === undefined || multiplier === 0) return undefined;
  const rest = dropLeadingAnd(tokens.slice(at + 1));
  if (rest.length === 0) return multiplier * 1000;
  const remainder = belowThousand(rest);
  return remainder === undefined ? undefined : multiplier * 1000 + remainder;
}

function belowThousand(tokens: readonly string[]): number | undefined {
  const at = tokens.indexOf('hundred');
  if (at < 0) return belowHundred(tokens);
  // "a hundred", "one hundred", and the colloquial "twelve hundred".
  const multiplier = at === 1 && tokens[0] === 'a' ? 1 : belowHundred(tokens.slice(0, at));
  if (multiplier === undefined || multiplier === 0) return undefined;
  const rest = dropLeadingAnd(tokens.slice(at + 1));
  if (rest.length === 0) return multiplier * 100;
  const remainder = belowHundred(rest);
  return remainder === undefined ? undefined : multiplier * 100 + remainder;
}

function belowHundred(tokens: readonly string[]): number | undefined {
  const [first, second, extra] = tokens;
  if (first === undefined || extra !== undefined) return undefined;
  if (second === undefined) {
    if (/^\d{1,2}$/.test(first)) return Number(first);
    return unitWords[first] ?? tensWords[first];
  }
  const tens = tensWords[first];
  const unit = unitWords[second];
  if (tens === undefined || unit === undefined || unit === 0 || unit > 9) return undefined;
  return tens + unit;
}

/** "two twenty five" → 225, "one oh five" → 105, "nineteen ninety" → 1990. */
function colloquialHundreds(tokens: readonly string[]): number | undefined {
  for (let split = 1; split < tokens.length; split++) {
    const head = belowHundred(tokens.slice(0, split));
    if (head === undefined || head === 0) continue;
    const tail = tokens.slice(split);
    if (tail[0] === 'oh' && tail.length === 2) {
      const digit = unitWords[tail[1] ?? ''];
      if (digit !== undefined && digit <= 9) return head * 100 + digit;
      continue;
    }
    const pair = belowHundred(tail);
    if (pair !== undefined && pair >= 10) return head * 100 + pair;
  }
  return undefined;
}

/** "five" → "5", "two five" → "25", "oh five" → "05" (the digits after "point"). */
function parseDigitSequence(tokens: readonly string[]): string | undefined {
  if (tokens.length === 0) return undefined;
  if (tokens.length === 1 && /^\d+$/.test(tokens[0] ?? '')) return tokens[0];
  let digits = '';
  for (const token of tokens) {
    const digit = token === 'oh' ? 0 : unitWords[token];
    if (digit === undefined || digit > 9) return undefined;
    digits += String(digit);
  }
  return digits;
}

function dropLeadingAnd(tokens: readonly string[]): readonly string[] {
  return tokens[0] === 'and' ? tokens.slice(1) : tokens;
}

function endsWith(tokens: readonly string[], suffix: readonly string[]): boolean {
  if (tokens.length <= suffix.length) return false;
  return suffix.every((word, index) => tokens[tokens.length - suffix.length + index] === word);
}
