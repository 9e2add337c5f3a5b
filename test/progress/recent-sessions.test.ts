import { describe, expect, it } from 'vitest';
import { applySetToStats } from '../../lambda/progress/lift-stats';
import {
  type LiftStats,
  type LoggedSet,
  liftStatsSchema,
  recentSessionsKept,
  setSortKey,
} from '../../lambda/store';
import { benchSet, newWorkout } from '../store/fixtures';

// The progress chart's series: one entry per session of a lift, kept short because the stats item
// is rewritten (and billed per KB) with every set.

function sessionSets(day: number, loads: number[]): { setKey: string; set: LoggedSet }[] {
  const workout = {
    ...newWorkout(),
    workoutId: `w-${day}`,
    startedAt: `2026-10-${String(day).padStart(2, '0')}T09:00:00.000Z`,
  };
  return loads.map((load, index) => {
    const loggedAt = new Date(Date.parse(workout.startedAt) + (index + 1) * 60_000).toISOString();
    const set: LoggedSet = {
      ...benchSet(workout, {
        reps: 5,
        load: { value: load, unit: 'kg' },
        target: { reps: 5, load: { value: load, unit: 'kg' } },
        setIndex: index,
        loggedAt,
      }),
      closesWorkout: index === loads.length - 1,
    };
    return { setKey: setSortKey(loggedAt, set.requestId), set };
  });
}

function fold(stats: LiftStats | null, sets: { setKey: string; set: LoggedSet }[]): LiftStats | null {
  let folded = stats;
  for (const { setKey, set } of sets) folded = applySetToStats(folded, setKey, set).stats;
  return folded;
}

describe('the recent sessions of a lift in its stats', () => {
  it('holds each session once, with its estimated max and heaviest set, oldest first', () => {
    const first = fold(null, sessionSets(1, [80, 82.5, 85]));
    const second = fold(first, sessionSets(3, [82.5, 85, 87.5]));
    expect(second?.recent?.map((entry) => entry.at)).toEqual([
      '2026-10-01T09:00:00.000Z',
      '2026-10-03T09:00:00.000Z',
    ]);
    expect(second?.recent?.[1]?.top).toEqual({ value: 87.5, unit: 'kg' });
    expect(second?.recent?.[1]?.max).toEqual(second?.estimatedOneRepMax);
    expect(second?.recent?.[0]?.max?.value).toBeLessThan(second?.recent?.[1]?.max?.value ?? 0);
  });

  it('a replayed set changes nothing', () => {
    const sets = sessionSets(5, [80, 85]);
    const once = fold(null, sets);
    expect(fold(once, sets)?.recent).toEqual(once?.recent);
  });

  it(`keeps only the last ${recentSessionsKept} sessions`, () => {
    let stats: LiftStats | null = null;
    for (let day = 1; day <= 15; day++) stats = fold(stats, sessionSets(day, [60 + day]));
    expect(stats?.recent).toHaveLength(recentSessionsKept);
    expect(stats?.recent?.[0]?.at).toBe('2026-10-04T09:00:00.000Z');
    expect(liftStatsSchema.safeParse(stats).success).toBe(true);
  });

  it('stats stored before the series existed still read', () => {
    const stats = fold(null, sessionSets(1, [80]));
    const { recent: _recent, ...older } = stats as LiftStats;
    expect(liftStatsSchema.parse(older).recent).toBeUndefined();
  });
});
