// The console's clock: Lift Coach reads "now" from each request's timestamp, so moving this clock
// is how a person tries the second and the tenth workout by hand ("wait 2d", "wait until tomorrow
// 6pm", or `npm start -- --date 2026-12-01T18:00`). Real time keeps running from wherever it is set.

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export class ConsoleClockError extends Error {
  override name = 'ConsoleClockError';
}

export class ConsoleClock {
  private offsetMs: number;

  constructor(
    start?: Date,
    private readonly realNow: () => number = Date.now,
  ) {
    this.offsetMs = start ? start.getTime() - realNow() : 0;
  }

  now(): Date {
    return new Date(this.realNow() + this.offsetMs);
  }

  advance(ms: number): Date {
    this.offsetMs += ms;
    return this.now();
  }

  setTo(date: Date): Date {
    this.offsetMs = date.getTime() - this.realNow();
    return this.now();
  }
}

/** `--date`: an ISO date or time; a bare date starts at 6pm UTC, when most people train. */
export function parseStartDate(text: string): Date {
  const withTime = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T18:00:00Z` : text;
  const at = Date.parse(withTime);
  if (!Number.isFinite(at))
    throw new ConsoleClockError(`--date "${text}" is not a date like 2026-12-01 or 2026-12-01T07:30Z`);
  return new Date(at);
}

/** "6pm", "7am", "18:30", "7:15am" → hours and minutes (UTC, as request timestamps are). */
function timeOfDay(text: string): { hours: number; minutes: number } | null {
  const match = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/.exec(text.trim());
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  if (match[3] === 'pm' && hours < 12) hours += 12;
  if (match[3] === 'am' && hours === 12) hours = 0;
  return hours < 24 && minutes < 60 ? { hours, minutes } : null;
}

/**
 * A console line that moves the clock, or null when the line is for Alexa. `wait 2d`, `wait 3h`,
 * `wait 1d 6h`, `wait until tomorrow 6pm`, `wait until 7am` (the next 7am).
 */
export function clockCommand(line: string, now: Date): { advanceMs: number } | null {
  const text = line.trim().toLowerCase();
  const relative = /^wait\s+((?:\d+(?:\.\d+)?\s*[dhm]\s*)+)$/.exec(text);
  if (relative) {
    let ms = 0;
    for (const [, amount, unit] of (relative[1] as string).matchAll(/(\d+(?:\.\d+)?)\s*([dhm])/g)) {
      ms += Number(amount) * (unit === 'd' ? DAY_MS : unit === 'h' ? HOUR_MS : 60_000);
    }
    return { advanceMs: ms };
  }
  const until = /^wait\s+until\s+(tomorrow\s+)?(.+)$/.exec(text);
  if (!until) return null;
  const time = timeOfDay(until[2] as string);
  if (!time) throw new ConsoleClockError(`"${line.trim()}": say a time like 6pm, 7:30am or 18:00`);
  const target = new Date(now);
  target.setUTCHours(time.hours, time.minutes, 0, 0);
  if (until[1]) target.setUTCDate(target.getUTCDate() + 1);
  else if (target.getTime() <= now.getTime()) target.setUTCDate(target.getUTCDate() + 1);
  return { advanceMs: target.getTime() - now.getTime() };
}
