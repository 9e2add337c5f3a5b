import { describe, expect, it } from 'vitest';
import { type HistorySession, type Level, nextRecoveredDay, recoveryDaysFor } from '../../lambda/rules';

// "When is my next workout" without training days: the first day the level's rest days leave open
// (source: "schedule enough recovery"; the per-level reading is `recoveryDaysFor`).

const now = Date.parse('2026-12-07T10:00:00Z');
const daysAgo = (days: number): HistorySession => ({
  date: new Date(now - days * 86_400_000 - 3_600_000).toISOString(),
  focus: 'strength',
  exerciseIds: ['squat', 'bench-press'],
  hard: true,
});

describe('the next day recovery leaves open, by level', () => {
  it.each([
    // [level, sessions (days ago), days away, why]
    ['beginner', [], 0, 'nothing trained yet: today'],
    ['beginner', [0], 2, 'beginner: never two days in a row (one in a row at most), so the day after next'],
    ['beginner', [1], 1, 'beginner: yesterday was a session, today rests, tomorrow trains'],
    ['beginner', [2, 4, 6], 1, 'beginner: three days a week; Monday, Wednesday, Friday done, Sunday rests'],
    ['intermediate', [0], 1, 'intermediate: two days in a row allowed, so tomorrow'],
    ['intermediate', [0, 1], 2, 'intermediate: two in a row done, tomorrow rests'],
    ['advanced', [0, 1], 1, 'advanced: three days in a row allowed'],
    ['advanced', [0, 1, 2], 2, 'advanced: three in a row done, tomorrow rests'],
  ] as const)('%s after %j: in %i days (%s)', (level, sessions, expected, _why) => {
    const history = sessions.map(daysAgo);
    expect(nextRecoveredDay('strength', level as Level, history, now).daysAway).toBe(expected);
  });

  it('keeps each level inside its days a week over a month of always training on the next open day', () => {
    for (const level of ['beginner', 'intermediate', 'advanced'] as const) {
      const history: HistorySession[] = [];
      let at = now;
      for (let session = 0; session < 20; session += 1) {
        const next = nextRecoveredDay('both', level, history, at);
        at += next.daysAway * 86_400_000;
        history.push({
          date: new Date(at).toISOString(),
          focus: next.focus,
          exerciseIds: ['squat'],
          hard: true,
        });
      }
      const days = history.map((session) => Math.round((Date.parse(session.date) - now) / 86_400_000));
      for (const day of days) {
        const week = days.filter((other) => other > day - 7 && other <= day).length;
        expect(week, `${level}: ${days.join(' ')}`).toBeLessThanOrEqual(
          recoveryDaysFor(level, 'strength').trainingDaysPerWeek + (level === 'advanced' ? 1 : 0),
        );
      }
      // A session already today: the next one is another day.
      expect(new Set(days).size, level).toBe(days.length);
    }
  });
});
