import { randomUUID } from 'node:crypto';
import { exerciseCatalog } from '../lambda/rules';
import type { NewLoggedSet, Store } from '../lambda/store';

/**
 * Gives a lifter a long training history through the store's own write of a logged set
 * (`saveTurn` with `loggedSet`, one put-if-absent per set, as a turn logs it), so the items are the
 * ones the skill writes. With the progress Lambda behind the stream, every set is folded into the
 * lift's stats and its workout's summary as it would have been. Used by the bench (long-time
 * lifters) and the tests that show a turn's read does not grow with the history.
 */
export interface SetHistoryOptions {
  workouts: number;
  setsPerWorkout: number;
  /** When the first workout started; the next ones follow every `daysApart` days. */
  firstWorkoutAt: Date;
  daysApart?: number;
  /** Lifts per workout; the catalogue is rotated through, so every lift gets a history. */
  liftsPerWorkout?: number;
  /** Puts in flight at once. */
  concurrency?: number;
}

export interface SeededHistory {
  sets: number;
  workouts: number;
  exercises: string[];
  lastSetAt: string;
}

const minute = 60_000;

/** The sets of one workout: a warm-up then working sets for each lift, loads creeping up over the year. */
export function historySets(options: SetHistoryOptions): NewLoggedSet[] {
  const liftsPerWorkout = options.liftsPerWorkout ?? 5;
  const daysApart = options.daysApart ?? 7 / 3;
  const sets: NewLoggedSet[] = [];
  for (let workout = 0; workout < options.workouts; workout++) {
    const startedAt = new Date(options.firstWorkoutAt.getTime() + workout * daysApart * 24 * 60 * minute);
    const workoutId = randomUUID();
    const focus = workout % 2 === 0 ? 'strength' : 'hypertrophy';
    for (let index = 0; index < options.setsPerWorkout; index++) {
      const exerciseIndex = Math.floor((index * liftsPerWorkout) / options.setsPerWorkout);
      const exercise = exerciseCatalog[(workout * liftsPerWorkout + exerciseIndex) % exerciseCatalog.length];
      if (!exercise) throw new RangeError('the exercise catalogue is empty');
      const firstOfLift = Math.ceil((exerciseIndex * options.setsPerWorkout) / liftsPerWorkout);
      const setIndex = index - firstOfLift;
      const warmup = setIndex === 0;
      const reps = focus === 'strength' ? 5 : 10;
      const load = { value: (warmup ? 20 : 40) + Math.floor(workout / 10) * 2.5, unit: 'kg' as const };
      sets.push({
        requestId: `amzn1.echo-api.request.${randomUUID()}`,
        exerciseId: exercise.id,
        kind: warmup ? 'warmup' : 'working',
        reps: warmup ? 10 : reps - (index % 7 === 6 ? 1 : 0),
        load,
        failed: index % 7 === 6,
        effort: null,
        target: { reps: warmup ? 10 : reps, load },
        workoutId,
        workoutStartedAt: startedAt.toISOString(),
        focus,
        goal: 'both',
        level: 'intermediate',
        unit: 'kg',
        exerciseIndex,
        setIndex,
        loggedAt: new Date(startedAt.getTime() + (index + 1) * 3 * minute).toISOString(),
      });
    }
  }
  return sets;
}

export async function seedSetHistory(
  store: Store,
  userId: string,
  options: SetHistoryOptions,
): Promise<SeededHistory> {
  const sets = historySets(options);
  let next = 0;
  await Promise.all(
    Array.from({ length: options.concurrency ?? 8 }, async () => {
      while (next < sets.length) {
        const set = sets[next++] as NewLoggedSet;
        const saved = await store.saveTurn(userId, { loggedSet: set });
        if (!saved.ok) throw new Error(`seeding the set history failed: ${saved.reason}`);
      }
    }),
  );
  return {
    sets: sets.length,
    workouts: options.workouts,
    exercises: [...new Set(sets.map((set) => set.exerciseId))],
    lastSetAt: sets.at(-1)?.loggedAt ?? options.firstWorkoutAt.toISOString(),
  };
}
