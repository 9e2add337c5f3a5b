// Training days: the weekdays a lifter trains on, read in their own time zone. The plan puts
// sessions on those days and keeps the others for recovery; a lifter who turns up on another day
// still gets a session (the day's plan decides what is rested enough).

export const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof weekdays)[number];

/** At least one day a week stays for recovery. */
export const mostTrainingDays = 6;

const weekdayNames: Record<string, Weekday> = {
  monday: 'MO',
  mon: 'MO',
  tuesday: 'TU',
  tue: 'TU',
  tues: 'TU',
  wednesday: 'WE',
  wed: 'WE',
  thursday: 'TH',
  thu: 'TH',
  thurs: 'TH',
  friday: 'FR',
  fri: 'FR',
  saturday: 'SA',
  sat: 'SA',
  sunday: 'SU',
  sun: 'SU',
};

/** "Monday", "mondays", "Mon" → MO; anything else → undefined. */
export function weekdayFromName(name: string): Weekday | undefined {
  const word = name.trim().toLowerCase();
  return weekdayNames[word] ?? weekdayNames[word.replace(/s$/, '')];
}

/** Every weekday named in a phrase ("monday, wednesday and friday"), in week order, once each. */
export function weekdaysIn(phrase: string): Weekday[] {
  const found = phrase
    .toLowerCase()
    .split(/[^a-z]+/)
    .map(weekdayFromName)
    .filter((day): day is Weekday => day !== undefined);
  return inWeekOrder(found);
}

export function inWeekOrder(days: readonly Weekday[]): Weekday[] {
  return weekdays.filter((day) => days.includes(day));
}

/**
 * "Three days a week" → days spread over the week with rest between them where the count allows;
 * null for a count no week holds (0, 7 or more, not whole).
 */
export function spreadDays(count: number): Weekday[] | null {
  const spreads: Record<number, Weekday[]> = {
    1: ['WE'],
    2: ['MO', 'TH'],
    3: ['MO', 'WE', 'FR'],
    4: ['MO', 'TU', 'TH', 'FR'],
    5: ['MO', 'TU', 'WE', 'FR', 'SA'],
    6: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA'],
  };
  return spreads[count] ?? null;
}

/** A calendar day where the lifter is: its ISO date and weekday, and the local time of day. */
export interface LocalDay {
  date: string;
  weekday: Weekday;
  hour: number;
  minute: number;
}

/** A time zone Intl knows, else UTC (a device that sent none, or one this runtime cannot read). */
export function knownTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

const weekdayOfShort: Record<string, Weekday> = {
  Mon: 'MO',
  Tue: 'TU',
  Wed: 'WE',
  Thu: 'TH',
  Fri: 'FR',
  Sat: 'SA',
  Sun: 'SU',
};

/** The local day of an instant in a time zone. */
export function localDay(at: Date, timeZone: string): LocalDay {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: knownTimeZone(timeZone),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((entry) => entry.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    weekday: weekdayOfShort[part('weekday')] ?? 'MO',
    hour: Number(part('hour')),
    minute: Number(part('minute')),
  };
}

/** The ISO date `days` after `date` (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

export function weekdayOfDate(date: string): Weekday {
  const sundayFirst = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekdays[(sundayFirst + 6) % 7] as Weekday;
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export interface TrainingWeek {
  days: readonly Weekday[];
  /** Planned days the lifter said they cannot train ("I can't train tomorrow"). */
  skipped: readonly string[];
}

/** A planned day that was not called off. */
export function isTrainingDay(week: TrainingWeek, date: string): boolean {
  return week.days.includes(weekdayOfDate(date)) && !week.skipped.includes(date);
}

/** Days can be called off up to two weeks ahead, so three weeks always hold a planned day left, if any is. */
export const furthestSkipDays = 14;
const lookAheadDays = furthestSkipDays + 7;

/**
 * The first training day on or after `from` (an ISO date): the planned weekday, not called off.
 * Null when there is none within the look-ahead (no days set, or all of them called off).
 */
export function nextTrainingDay(week: TrainingWeek, from: string): string | null {
  for (let offset = 0; offset < lookAheadDays; offset++) {
    const date = addDays(from, offset);
    if (isTrainingDay(week, date)) return date;
  }
  return null;
}

/** What today is for a lifter with training days: a planned day, or one they train on anyway. */
export function todayKind(week: TrainingWeek, today: string): 'planned' | 'unplanned' {
  return isTrainingDay(week, today) ? 'planned' : 'unplanned';
}

/** Called-off days still ahead (older ones are forgotten when the profile is next saved). */
export function upcomingSkips(skipped: readonly string[], today: string): string[] {
  return [...new Set(skipped)].filter((date) => date >= today).sort();
}
