import { describe, expect, it } from 'vitest';
import { applySetToStats } from '../../lambda/progress/lift-stats';
import {
  decodeStoredLiftStats,
  encodeLiftStats,
  type LiftStats,
  liftStatsSchema,
  setSortKey,
  statsFormat,
} from '../../lambda/store';
import { historySets } from '../../local/set-history';
import { fixedNow } from './fixtures';

/** Stats as the progress Lambda folds them, from a few workouts of one lift. */
function foldedStats(): LiftStats[] {
  const sets = historySets({
    workouts: 12,
    setsPerWorkout: 20,
    firstWorkoutAt: fixedNow,
    liftsPerWorkout: 1,
  });
  const byLift = new Map<string, LiftStats>();
  for (const set of sets) {
    const logged = { ...set, closesWorkout: false, effort: set.setIndex === 2 ? ('hard' as const) : null };
    const previous = byLift.get(set.exerciseId) ?? null;
    byLift.set(
      set.exerciseId,
      applySetToStats(previous, setSortKey(set.loggedAt, set.requestId), logged).stats,
    );
  }
  return [...byLift.values()];
}

describe('the compact STATS item', () => {
  it('reads back exactly the stats that were stored, at well under the original size', () => {
    const all = foldedStats();
    expect(all.length).toBeGreaterThan(5);
    for (const stats of all) {
      const stored = encodeLiftStats(stats);
      expect(stored.f).toBe(statsFormat);
      expect(liftStatsSchema.parse(stored)).toEqual(stats);
      expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(stats).length * 0.6);
    }
  });

  it('keeps what it has no short name or spelling for: a field added later, an odd key or time', () => {
    const [stats] = foldedStats();
    if (!stats?.bestSet) throw new Error('expected a record');
    const odd = {
      ...stats,
      bestSet: { ...stats.bestSet, setKey: 'LOG#2026-11-26T07:30:00Z#free-set', at: '2026-11-26T07:30:00Z' },
      addedLater: { level: 3, note: 'kept' },
    };
    const stored = encodeLiftStats(odd);
    expect(stored.addedLater).toEqual({ level: 3, note: 'kept' });
    expect(decodeStoredLiftStats(stored)).toEqual(odd);
  });

  it('leaves an item of the original shape (no format) to the schema as it is', () => {
    const [stats] = foldedStats();
    expect(decodeStoredLiftStats(stats)).toBe(stats);
    expect(liftStatsSchema.parse(stats)).toEqual(stats);
  });
});

describe('the latest progression in the compact STATS item', () => {
  it("is stored once: as its focus's name when it is that focus's own state", () => {
    for (const stats of foldedStats()) {
      if (!stats.progression) continue;
      const stored = encodeLiftStats(stats);
      expect(stored.p).toBe(stats.progression.focus === 'strength' ? 'S' : 'H');
      expect(liftStatsSchema.parse(stored)).toEqual(stats);
    }
  });

  it('is stored in full when it differs from its focus state (an item written before per-focus states)', () => {
    const [stats] = foldedStats();
    if (!stats?.progression) throw new Error('expected a progression');
    const older = {
      ...stats,
      progression: { ...stats.progression, targetReps: stats.progression.targetReps + 1 },
    };
    const stored = encodeLiftStats(older);
    expect(typeof stored.p).toBe('object');
    expect(liftStatsSchema.parse(stored)).toEqual(older);
    const withoutFocusStates = { ...stats, progressionByFocus: undefined };
    const storedAlone = encodeLiftStats(withoutFocusStates);
    expect(typeof storedAlone.p).toBe('object');
    expect(liftStatsSchema.parse(storedAlone)).toEqual(withoutFocusStates);
  });
});
