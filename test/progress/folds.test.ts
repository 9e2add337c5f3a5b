import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySetToStats, trustworthyMax } from '../../lambda/progress/lift-stats';
import { alreadyApplied, applySetToSummary } from '../../lambda/progress/workout-summary';
import type { LiftStats, LoggedSet, WorkoutSummary } from '../../lambda/store';
import { setSortKey } from '../../lambda/store';
import { benchSet, newWorkout } from '../store/fixtures';

// The folds are pure, so their invariants are checked over many generated sessions.

const workout = newWorkout();
const setArbitrary = fc.record({
  reps: fc.integer({ min: 0, max: 20 }),
  load: fc.integer({ min: 8, max: 120 }).map((steps) => steps * 2.5),
  kind: fc.constantFrom('warmup' as const, 'working' as const, 'working' as const),
  failed: fc.boolean(),
});

interface PlannedSet {
  reps: number;
  load: number;
  kind: 'warmup' | 'working';
  failed: boolean;
}

function session(planned: PlannedSet[]): { setKey: string; set: LoggedSet }[] {
  return planned.map((entry, index) => {
    const loggedAt = new Date(Date.parse(workout.startedAt) + (index + 1) * 60_000).toISOString();
    const set: LoggedSet = {
      ...benchSet(workout, { ...entry, load: { value: entry.load, unit: 'kg' }, setIndex: index, loggedAt }),
      closesWorkout: index === planned.length - 1,
    };
    return { setKey: setSortKey(loggedAt, set.requestId), set };
  });
}

function fold(sets: { setKey: string; set: LoggedSet }[]) {
  let stats: LiftStats | null = null;
  let summary: WorkoutSummary | null = null;
  for (const { setKey, set } of sets) {
    if (alreadyApplied(summary, setKey)) continue;
    const effect = applySetToStats(stats, setKey, set);
    summary = applySetToSummary(summary, setKey, set, effect.newRecord, effect.stats.progression);
    stats = effect.stats;
  }
  return { stats, summary };
}

describe('folding sets into stats and summary', () => {
  it('a replayed set (any of them, any number of times) changes nothing', () => {
    fc.assert(
      fc.property(
        fc.array(setArbitrary, { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat()),
        (planned, replays) => {
          const sets = session(planned);
          const withReplays = [...sets];
          for (const pick of replays) {
            const replay = sets[pick % sets.length];
            if (replay) withReplays.push(replay);
          }
          const once = fold(sets);
          expect(fold(withReplays)).toEqual(once);
          // The stats fold is idempotent on its own too, without the summary's record of applied sets.
          for (const { setKey, set } of sets) {
            expect(applySetToStats(once.stats, setKey, set)).toMatchObject({
              stats: once.stats,
              newRecord: null,
            });
          }
        },
      ),
    );
  });

  it('the record is the best trustworthy working set, and the summary adds up', () => {
    fc.assert(
      fc.property(fc.array(setArbitrary, { minLength: 1, maxLength: 8 }), (planned) => {
        const sets = session(planned);
        const { stats, summary } = fold(sets);
        const estimates = sets
          .map(({ set }) => trustworthyMax(set)?.value ?? null)
          .filter((value): value is number => value !== null);
        const best = estimates.length ? Math.max(...estimates) : null;
        if (best === null) expect(stats?.bestSet).toBeNull();
        else expect(stats?.bestSet?.oneRepMax.value).toBeCloseTo(best, 1);
        const working = planned.filter((entry) => entry.kind === 'working');
        expect(summary).toMatchObject({
          status: 'finished',
          workingSets: working.length,
          warmupSets: planned.length - working.length,
          totalReps: working.reduce((sum, entry) => sum + entry.reps, 0),
        });
        const volume = working.reduce((sum, entry) => sum + entry.reps * entry.load, 0);
        expect(summary?.exercises[0]?.volume?.value ?? 0).toBeCloseTo(working.length ? volume : 0, 6);
      }),
    );
  });

  it('sets of more than ten reps never make a record on their own', () => {
    const [high] = session([{ reps: 15, load: 60, kind: 'working', failed: false }]);
    if (!high) throw new Error('no set');
    expect(applySetToStats(null, high.setKey, high.set).stats.bestSet).toBeNull();
  });
});
