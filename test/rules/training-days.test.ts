import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  inWeekOrder,
  isTrainingDay,
  knownTimeZone,
  localDay,
  mostTrainingDays,
  nextTrainingDay,
  spreadDays,
  todayKind,
  upcomingSkips,
  type Weekday,
  weekdayFromName,
  weekdayOfDate,
  weekdays,
  weekdaysIn,
} from '../../lambda/rules';

// Training days read in the lifter's time zone: which day it is, whether it is a training day,
// and which one comes next.

describe('weekday names', () => {
  it('reads the names Alexa sends for AMAZON.DayOfWeek, plurals and short forms', () => {
    expect(weekdayFromName('Monday')).toBe('MO');
    expect(weekdayFromName('saturdays')).toBe('SA');
    expect(weekdayFromName('thurs')).toBe('TH');
    expect(weekdayFromName('someday')).toBeUndefined();
    expect(weekdaysIn('friday, monday and wednesday and monday')).toEqual(['MO', 'WE', 'FR']);
    expect(inWeekOrder(['SU', 'TU'])).toEqual(['TU', 'SU']);
  });

  it('spreads a count over the week with one day of recovery at least', () => {
    expect(spreadDays(3)).toEqual(['MO', 'WE', 'FR']);
    expect(spreadDays(2)).toEqual(['MO', 'TH']);
    for (const count of [1, 2, 3, 4, 5, 6]) expect(spreadDays(count)).toHaveLength(count);
    expect(spreadDays(0)).toBeNull();
    expect(spreadDays(7)).toBeNull();
    expect(spreadDays(2.5)).toBeNull();
    expect(mostTrainingDays).toBe(6);
  });
});

describe('the local day', () => {
  it('is the date and weekday where the lifter is', () => {
    // 04:30 UTC on Monday is still Sunday evening in New York.
    const at = new Date('2026-12-14T04:30:00Z');
    expect(localDay(at, 'America/New_York')).toEqual({
      date: '2026-12-13',
      weekday: 'SU',
      hour: 23,
      minute: 30,
    });
    expect(localDay(at, 'UTC')).toEqual({ date: '2026-12-14', weekday: 'MO', hour: 4, minute: 30 });
    expect(localDay(at, 'Asia/Kolkata').date).toBe('2026-12-14');
  });

  it('falls back to UTC for a time zone it cannot read', () => {
    expect(knownTimeZone('Mars/Olympus_Mons')).toBe('UTC');
    expect(knownTimeZone(undefined)).toBe('UTC');
    expect(knownTimeZone('Europe/London')).toBe('Europe/London');
  });

  it('counts calendar days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-12-07', '2026-12-14')).toBe(7);
    expect(weekdayOfDate('2026-12-07')).toBe('MO');
    expect(weekdayOfDate('2026-12-13')).toBe('SU');
  });
});

describe('the next training day', () => {
  const week = { days: ['MO', 'WE', 'FR'] as Weekday[], skipped: [] as string[] };

  it('is today on a training day, else the next planned one, skipping days called off', () => {
    expect(nextTrainingDay(week, '2026-12-07')).toBe('2026-12-07');
    expect(nextTrainingDay(week, '2026-12-08')).toBe('2026-12-09');
    expect(nextTrainingDay(week, '2026-12-12')).toBe('2026-12-14');
    expect(nextTrainingDay({ ...week, skipped: ['2026-12-09'] }, '2026-12-08')).toBe('2026-12-11');
    expect(todayKind(week, '2026-12-07')).toBe('planned');
    expect(todayKind(week, '2026-12-08')).toBe('unplanned');
    expect(isTrainingDay({ ...week, skipped: ['2026-12-07'] }, '2026-12-07')).toBe(false);
  });

  it('is none without days, or when every day ahead is called off', () => {
    expect(nextTrainingDay({ days: [], skipped: [] }, '2026-12-07')).toBeNull();
    const everyDay = Array.from({ length: 30 }, (_, offset) => addDays('2026-12-07', offset));
    expect(nextTrainingDay({ days: ['MO'], skipped: everyDay }, '2026-12-07')).toBeNull();
  });

  it('forgets days called off that are behind us', () => {
    expect(upcomingSkips(['2026-12-09', '2026-12-01', '2026-12-09'], '2026-12-07')).toEqual(['2026-12-09']);
  });

  it('is always a planned, not called-off day within three weeks, for any days and any start', () => {
    const anyDays = fc.uniqueArray(fc.constantFrom(...weekdays), { minLength: 1, maxLength: 7 });
    const anyDate = fc.integer({ min: 0, max: 3650 }).map((offset) => addDays('2024-01-01', offset));
    const anySkips = fc.array(fc.integer({ min: 0, max: 14 }), { maxLength: 5 });
    fc.assert(
      fc.property(anyDays, anyDate, anySkips, (days, from, skipOffsets) => {
        const skipped = skipOffsets.map((offset) => addDays(from, offset));
        const next = nextTrainingDay({ days, skipped }, from);
        // None: no day of the three weeks ahead is left to train on.
        const away = next === null ? 21 : daysBetween(from, next);
        if (next !== null) {
          expect(away).toBeGreaterThanOrEqual(0);
          expect(away).toBeLessThan(21);
          expect(days).toContain(weekdayOfDate(next));
          expect(skipped).not.toContain(next);
        }
        for (let offset = 0; offset < away; offset++) {
          expect(isTrainingDay({ days, skipped }, addDays(from, offset))).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});
