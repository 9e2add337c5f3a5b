import { parseSpokenNumber } from './spoken-numbers';

/**
 * A time of day as Alexa fills an AMAZON.TIME slot: "six pm" → "18:00", "seven thirty in the
 * morning" → "07:30", "18:30" → "18:30", "noon" → "12:00". A bare hour ("seven") is read as Alexa
 * does without context: the hour as said ("07:00"). The whole token list or undefined.
 */
const halvesOfTheDay = [
  ['in the morning', 'am'],
  ['in the evening', 'pm'],
  ['in the afternoon', 'pm'],
  ['at night', 'pm'],
  ['a m', 'am'],
  ['p m', 'pm'],
  ['am', 'am'],
  ['pm', 'pm'],
  ["o'clock", undefined],
] as const;

export function parseSpokenTime(tokens: readonly string[]): string | undefined {
  const words = [...tokens];
  if (words.join(' ') === 'noon' || words.join(' ') === 'midday') return '12:00';
  if (words.join(' ') === 'midnight') return '00:00';
  const clock = words.length === 1 ? /^(\d{1,2}):(\d{2})$/.exec(words[0] ?? '') : null;
  if (clock) return formatted(Number(clock[1]), Number(clock[2]));
  let half: 'am' | 'pm' | undefined;
  const text = words.join(' ');
  for (const [phrase, meaning] of halvesOfTheDay) {
    if (!text.endsWith(` ${phrase}`)) continue;
    words.splice(words.length - phrase.split(' ').length);
    half = meaning;
    break;
  }
  if (words.length === 0 || words.length > 3) return undefined;
  const hour = parseSpokenNumber(words.slice(0, 1));
  if (hour === undefined || !Number.isInteger(hour) || hour < 0 || hour > 23) return undefined;
  const rest = words.slice(1);
  const minute =
    rest.length === 0 ? 0 : rest[0] === 'oh' ? parseSpokenNumber(rest.slice(1)) : parseSpokenNumber(rest);
  if (minute === undefined || !Number.isInteger(minute) || minute < 0 || minute > 59) return undefined;
  if (half && hour > 12) return undefined;
  const hour24 = half === 'pm' && hour < 12 ? hour + 12 : half === 'am' && hour === 12 ? 0 : hour;
  return formatted(hour24, minute);
}

function formatted(hour: number, minute: number): string | undefined {
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
