import { describe, expect, it } from 'vitest';
import { emptyStats } from '../../lambda/progress/lift-stats';
import type { LiftStats } from '../../lambda/store';
import { foldSession } from './fold-sets';

// DESIGN: "bodyweight lifts are prescribed by reps (and added load when advanced)". A pull-up has no
// one-rep max a lifter can train from: a max from the added load alone (45 kg "for one rep" of an
// unloaded pull-up, a record from a 10 kg belt) is not the lift. Its record is its best set in reps:
// the most added load, then the most reps.

const startedAt = '2026-11-10T08:00:00.000Z';

function pullUps(stats: LiftStats | null, sets: { reps: number; added: number | null; failed?: boolean }[]) {
  const session = { exerciseId: 'pull-up', workoutId: 'workout-1', startedAt, level: 'advanced' as const };
  return foldSession(
    stats,
    session,
    sets.map(({ reps, added, failed }) => ({ reps, kg: added, failed })),
  );
}

describe('a bodyweight lift keeps its record in reps, never a one-rep max', () => {
  it.each([
    {
      sets: [
        { reps: 6, added: null },
        { reps: 8, added: null },
        { reps: 7, added: null },
      ],
      best: { reps: 8, added: null },
    },
    // A set short of its target still did its reps.
    { sets: [{ reps: 5, added: null, failed: true }], best: { reps: 5, added: null } },
    // Added load beats reps on the body alone: the lifter only adds a plate after topping out the reps.
    {
      sets: [
        { reps: 12, added: null },
        { reps: 4, added: 10 },
        { reps: 5, added: 7.5 },
      ],
      best: { reps: 4, added: 10 },
    },
    {
      sets: [
        { reps: 4, added: 10 },
        { reps: 5, added: 10 },
      ],
      best: { reps: 5, added: 10 },
    },
    // The sim's calibration said "eight at forty-five kilos" for a pull-up: still no max from it.
    { sets: [{ reps: 8, added: 45 }], best: { reps: 8, added: 45 } },
  ])('sets $sets: best $best.reps reps (+$best.added kg), no max', ({ sets, best }) => {
    const stats = pullUps(null, sets);
    expect(stats.estimatedOneRepMax).toBeNull();
    expect(stats.bestSet).toBeNull();
    expect(stats.recent?.every((session) => session.max === null)).toBe(true);
    expect(stats.bestBodyweightSet).toMatchObject({
      reps: best.reps,
      load: best.added === null ? null : { value: best.added, unit: 'kg' },
    });
    expect(stats.personalRecordAt).not.toBeNull();
  });

  it('an item stored with a max for an unloaded pull-up loses it at the next set', () => {
    const stored: LiftStats = {
      ...emptyStats('pull-up', '2026-11-08T08:00:00.000Z'),
      estimatedOneRepMax: { value: 55.9, unit: 'kg' },
    };
    const stats = pullUps(stored, [{ reps: 6, added: null }]);
    expect(stats.estimatedOneRepMax).toBeNull();
    expect(stats.bestBodyweightSet?.reps).toBe(6);
  });
});
