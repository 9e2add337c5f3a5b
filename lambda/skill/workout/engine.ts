import type { PlannedExercise, Weight } from '../../rules';
import type { ActiveWorkout, SetTarget, WorkoutCursor } from '../../store';

// Where the lifter is in today's plan. The plan (from the rules) lists each lift's warm-ups then its
// working sets; the cursor walks that list. `resting` means the cursor's set comes after a rest.

export interface PlannedSet {
  kind: 'warmup' | 'working';
  reps: number;
  load: Weight | null;
  restSeconds: number;
  /** 1-based among the lift's working sets (0 for warm-ups). */
  setNumber: number;
  workingSets: number;
  isEmptyBar: boolean;
}

export function plannedSets(exercise: PlannedExercise | undefined): PlannedSet[] {
  if (exercise?.status !== 'ready') return [];
  const { prescription } = exercise;
  const workingSets = prescription.workingSets.length;
  return [
    ...prescription.warmUpSets.map((set) => ({
      kind: 'warmup' as const,
      reps: set.reps,
      // A bodyweight warm-up is on the body alone: logged like any bodyweight set, without a load.
      load: set.load.value > 0 ? set.load : null,
      restSeconds: 0,
      setNumber: 0,
      workingSets,
      isEmptyBar: set.isEmptyBar,
    })),
    ...prescription.workingSets.map((set) => ({
      kind: 'working' as const,
      reps: set.targetReps,
      load: set.load,
      restSeconds: set.restSeconds,
      setNumber: set.setNumber,
      workingSets,
      isEmptyBar: false,
    })),
  ];
}

export function exerciseAt(
  workout: ActiveWorkout,
  index = workout.cursor.exerciseIndex,
): PlannedExercise | undefined {
  return workout.plan.exercises[index];
}

export function plannedSetAt(
  workout: ActiveWorkout,
  cursor: WorkoutCursor = workout.cursor,
): PlannedSet | undefined {
  return plannedSets(exerciseAt(workout, cursor.exerciseIndex))[cursor.setIndex];
}

export function targetOf(exerciseId: string, set: PlannedSet | undefined): SetTarget | null {
  if (!set) return null;
  return { exerciseId, kind: set.kind, reps: set.reps, load: set.load, restSeconds: set.restSeconds };
}

/** The first set of a lift, or `done` past the last lift. */
export function startOfExercise(workout: ActiveWorkout, exerciseIndex: number): WorkoutCursor {
  if (exerciseIndex >= workout.plan.exercises.length) return { exerciseIndex, setIndex: 0, phase: 'done' };
  const first = plannedSets(workout.plan.exercises[exerciseIndex])[0];
  return { exerciseIndex, setIndex: 0, phase: first?.kind === 'warmup' ? 'warmup' : 'working' };
}

/** Where the cursor goes after the set at `cursor` was logged: rest follows working sets only. */
export function cursorAfter(workout: ActiveWorkout, cursor: WorkoutCursor): WorkoutCursor {
  const sets = plannedSets(exerciseAt(workout, cursor.exerciseIndex));
  const logged = sets[cursor.setIndex];
  const restsAfter = logged === undefined || logged.kind === 'working';
  const next = sets[cursor.setIndex + 1];
  const target: WorkoutCursor = next
    ? { exerciseIndex: cursor.exerciseIndex, setIndex: cursor.setIndex + 1, phase: next.kind }
    : startOfExercise(workout, cursor.exerciseIndex + 1);
  if (target.phase === 'done') return target;
  return restsAfter ? { ...target, phase: 'resting' } : target;
}

/** The kind of set the cursor points at, once any rest is over. */
export function activePhase(
  workout: ActiveWorkout,
  cursor: WorkoutCursor = workout.cursor,
): WorkoutCursor['phase'] {
  if (cursor.phase === 'done') return 'done';
  return plannedSetAt(workout, cursor)?.kind ?? 'working';
}

/** True when the lift at the cursor has no max yet: the coach asks for one or a calibration set. */
export function needsCalibration(workout: ActiveWorkout): boolean {
  return workout.cursor.phase !== 'done' && exerciseAt(workout)?.status === 'needs-max';
}

export function workingSetsLogged(workout: ActiveWorkout): ActiveWorkout['setsLogged'] {
  return workout.setsLogged.filter((set) => set.kind === 'working');
}
