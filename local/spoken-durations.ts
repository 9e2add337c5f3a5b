import { parseSpokenNumber } from './spoken-numbers';

/**
 * Durations as a lifter says them, the way Alexa fills an AMAZON.DURATION slot (ISO-8601):
 * "two minutes" → PT2M, "thirty seconds" → PT30S, "a minute and a half" → PT1M30S,
 * "two minutes and thirty seconds" → PT2M30S, "half a minute" → PT30S.
 */
type DurationUnit = 'hours' | 'minutes' | 'seconds';

const unitOf: Record<string, DurationUnit> = {
  second: 'seconds',
  seconds: 'seconds',
  sec: 'seconds',
  secs: 'seconds',
  minute: 'minutes',
  minutes: 'minutes',
  min: 'minutes',
  mins: 'minutes',
  hour: 'hours',
  hours: 'hours',
};

/** The ISO-8601 duration of the whole token list, or undefined when it is not a duration. */
export function parseSpokenDuration(tokens: readonly string[]): string | undefined {
  const amounts = { hours: 0, minutes: 0, seconds: 0 };
  let parts = 0;
  let index = 0;
  while (index < tokens.length) {
    if (parts > 0 && tokens[index] === 'and') index++;
    const unitAt = tokens.findIndex((token, at) => at >= index && unitOf[token] !== undefined);
    const unit = unitOf[tokens[unitAt] ?? ''];
    const quantity = parseQuantity(tokens.slice(index, unitAt));
    if (unitAt < 0 || unit === undefined || quantity === undefined) return undefined;
    amounts[unit] += quantity;
    index = unitAt + 1;
    if (tokens[index] === 'and' && tokens[index + 1] === 'a' && tokens[index + 2] === 'half') {
      amounts[unit] += 0.5;
      index += 3;
    }
    parts++;
  }
  return parts === 0 ? undefined : isoDuration(amounts);
}

function parseQuantity(tokens: readonly string[]): number | undefined {
  if (tokens.length === 1 && (tokens[0] === 'a' || tokens[0] === 'an')) return 1;
  if (tokens.length === 2 && tokens[0] === 'half' && (tokens[1] === 'a' || tokens[1] === 'an')) return 0.5;
  return parseSpokenNumber(tokens);
}

/**
 * Keeps the units the person used ("ninety seconds" → PT90S, as Alexa reports it) and moves only
 * fractions down ("a minute and a half" → PT1M30S).
 */
function isoDuration(amounts: { hours: number; minutes: number; seconds: number }): string | undefined {
  const hours = Math.floor(amounts.hours);
  const minutesTotal = amounts.minutes + (amounts.hours - hours) * 60;
  const minutes = Math.floor(minutesTotal);
  const seconds = Math.round(amounts.seconds + (minutesTotal - minutes) * 60);
  if (hours + minutes + seconds === 0) return undefined;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`;
}
