import { convert } from '../rules';
import {
  type BestSet,
  type BodyweightBest,
  type ExerciseSummary,
  type LiftStats,
  type LoggedSet,
  setIdentity,
  type WorkoutSummary,
} from '../store';
import { laterOf } from './lift-stats';

/** Whether this set is already part of the summary: the record of what the stream has applied. */
export function alreadyApplied(summary: WorkoutSummary | null, setKey: string): boolean {
  return summary?.applied.includes(setIdentity(setKey)) ?? false;
}

/**
 * Folds one logged set into its workout's summary (pure; times come from the set). The summary
 * grows set by set, so it is right even for a workout that ends early; the set that closes the
 * workout marks it finished. `progression` is the lift's next-session targets after this set;
 * `newRecord` the record it raised: a loaded lift's best set (by max) or a bodyweight lift's (in reps).
 */
export function applySetToSummary(
  previous: WorkoutSummary | null,
  setKey: string,
  set: LoggedSet,
  record: BestSet | BodyweightBest | null,
  progression: LiftStats['progression'],
): WorkoutSummary {
  const summary = previous ?? emptySummary(set);
  const working = set.kind === 'working';
  const exercises = working ? addToExercise(summary.exercises, set) : summary.exercises;
  const newRecord = record && 'oneRepMax' in record ? record : null;
  const bodyweightBest = record && !('oneRepMax' in record) ? record : null;
  return {
    ...summary,
    status: set.closesWorkout ? 'finished' : summary.status,
    finishedAt: set.closesWorkout ? set.loggedAt : summary.finishedAt,
    workingSets: summary.workingSets + (working ? 1 : 0),
    warmupSets: summary.warmupSets + (working ? 0 : 1),
    totalReps: summary.totalReps + (working ? set.reps : 0),
    exercises,
    newRecords: newRecord
      ? [
          ...summary.newRecords.filter((known) => known.exerciseId !== set.exerciseId),
          {
            exerciseId: set.exerciseId,
            oneRepMax: newRecord.oneRepMax,
            id: setIdentity(setKey),
            at: set.loggedAt,
          },
        ]
      : summary.newRecords,
    ...(bodyweightBest && {
      bodyweightRecords: [
        ...(summary.bodyweightRecords ?? []).filter((known) => known.exerciseId !== set.exerciseId),
        {
          exerciseId: set.exerciseId,
          reps: bodyweightBest.reps,
          load: bodyweightBest.load,
          id: setIdentity(setKey),
          at: set.loggedAt,
        },
      ],
    }),
    nextTargets: progression
      ? { ...summary.nextTargets, [set.exerciseId]: progression }
      : summary.nextTargets,
    applied: [...summary.applied, setIdentity(setKey)],
    lastSetAt: laterOf(summary.lastSetAt, set.loggedAt),
    updatedAt: laterOf(summary.updatedAt, set.loggedAt),
  };
}

export function emptySummary(
  set: Pick<LoggedSet, 'workoutId' | 'workoutStartedAt' | 'focus' | 'loggedAt'>,
): WorkoutSummary {
  return {
    workoutId: set.workoutId,
    date: set.workoutStartedAt.slice(0, 10),
    startedAt: set.workoutStartedAt,
    focus: set.focus,
    status: 'in-progress',
    finishedAt: null,
    workingSets: 0,
    warmupSets: 0,
    totalReps: 0,
    exercises: [],
    newRecords: [],
    nextTargets: {},
    lifts: {},
    applied: [],
    lastSetAt: set.loggedAt,
    version: 0,
    updatedAt: set.loggedAt,
  };
}

function addToExercise(exercises: readonly ExerciseSummary[], set: LoggedSet): ExerciseSummary[] {
  const known = exercises.find((exercise) => exercise.exerciseId === set.exerciseId);
  const entry: ExerciseSummary = known ?? {
    exerciseId: set.exerciseId,
    workingSets: 0,
    reps: 0,
    volume: null,
    failedSets: 0,
  };
  const updated: ExerciseSummary = {
    ...entry,
    workingSets: entry.workingSets + 1,
    reps: entry.reps + set.reps,
    volume: addVolume(entry.volume, set),
    failedSets: entry.failedSets + (set.failed ? 1 : 0),
  };
  return known
    ? exercises.map((exercise) => (exercise === known ? updated : exercise))
    : [...exercises, updated];
}

/** Volume is sets × reps × load, kept in the unit of the lift's first loaded set. */
export function addVolume(volume: ExerciseSummary['volume'], set: LoggedSet): ExerciseSummary['volume'] {
  if (!set.load) return volume;
  const unit = volume?.unit ?? set.load.unit;
  const added = convert(set.load, unit).value * set.reps;
  return { value: Math.round(((volume?.value ?? 0) + added) * 100) / 100, unit };
}
