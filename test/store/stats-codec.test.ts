import { describe, expect, it } from 'vitest';
import { applySetToStats } from '../../lambda/progress/lift-stats';
import { applySetToSummary, emptySummary } from '../../lambda/progress/workout-summary';
import {
  decodeStoredLiftChart,
  decodeStoredLiftStats,
  decodeStoredWorkoutSummary,
  encodeLiftChart,
  encodeLiftStats,
  encodeWorkoutSummary,
  type LiftStats,
  type LoggedSet,
  liftChartSchema,
  liftStatsSchema,
  setSortKey,
  statsFormat,
  workoutSummarySchema,
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
      expect(liftStatsSchema.parse(decodeStoredLiftStats(stored))).toEqual(stats);
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
      expect(liftStatsSchema.parse(decodeStoredLiftStats(stored))).toEqual(stats);
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
    expect(liftStatsSchema.parse(decodeStoredLiftStats(stored))).toEqual(older);
    const withoutFocusStates = { ...stats, progressionByFocus: undefined };
    const storedAlone = encodeLiftStats(withoutFocusStates);
    expect(typeof storedAlone.p).toBe('object');
    expect(liftStatsSchema.parse(decodeStoredLiftStats(storedAlone))).toEqual(withoutFocusStates);
  });
});

describe('the compact workout summary and chart', () => {
  it("a summary holding each lift's session reads back exactly, at well under the original size", () => {
    const sets = historySets({ workouts: 1, setsPerWorkout: 20, firstWorkoutAt: fixedNow });
    let summary = emptySummary({ ...sets[0], closesWorkout: false } as LoggedSet);
    let lifts: Record<string, LiftStats> = {};
    for (const set of sets) {
      const logged = { ...set, closesWorkout: false };
      const key = setSortKey(set.loggedAt, set.requestId);
      const effect = applySetToStats(lifts[set.exerciseId] ?? null, key, logged);
      lifts = { ...lifts, [set.exerciseId]: effect.stats };
      summary = applySetToSummary(summary, key, logged, effect.newRecord, effect.stats.progression);
    }
    const full = {
      ...summary,
      lifts: Object.fromEntries(
        Object.values(lifts).map((stats) => [
          stats.exerciseId,
          { base: stats.session?.base ?? null, sets: stats.session?.sets ?? [] },
        ]),
      ),
    };
    expect(Object.keys(full.lifts).length).toBeGreaterThan(3);
    const stored = encodeWorkoutSummary(full);
    expect(workoutSummarySchema.parse(stored)).toEqual(full);
    expect(decodeStoredWorkoutSummary(full)).toBe(full);
    expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(full).length * 0.6);
  });

  it('a chart stores each session as one short string and reads back exactly', () => {
    const chart = {
      exerciseId: 'squat',
      chart: [
        {
          at: '2026-11-20T07:30:00.000Z',
          max: { value: 120.5, unit: 'kg' as const },
          top: { value: 100, unit: 'kg' as const },
        },
        { at: '2026-11-23T07:30:00.000Z', max: null, top: null },
      ],
      version: 0,
      updatedAt: '2026-11-23T08:00:00.000Z',
    };
    const stored = encodeLiftChart(chart);
    expect(stored.c).toEqual([
      expect.stringMatching(/^[0-9a-z]+ 120\.5kg 100kg$/),
      expect.stringMatching(/ - -$/),
    ]);
    expect(decodeStoredLiftChart(stored)).toEqual(chart);
    expect(liftChartSchema.parse(stored)).toEqual(chart);
  });
});
