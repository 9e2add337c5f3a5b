import type { PlannedExercise, Prescription } from '../../rules';
import type { ActiveWorkout, NewLoggedSet, Profile } from '../../store';
import type { Turn } from '../turn';
import { plannedSetAt, targetOf } from './engine';
import { type SpokenSet, sessionSet, untargetedSet } from './logged-set';

// What the first set of a lift with nothing known yet (no max, or a bodyweight lift's first reps)
// leaves behind, whether a weight or the reps alone tell the rules where to start.

/**
 * The workout's note of which logged set (its place in `setsLogged`) measured a lift. Only the latest
 * set can be taken back, so one note is enough: "undo that" right after it puts the lift back as it
 * was planned before the measurement (rewindLastSet).
 */
export const measuringSetNote = 'measuringSet';

/** The workout with the set it logs last marked as the one that measured its lift. */
export function measuredBy(workout: ActiveWorkout): ActiveWorkout {
  return { ...workout, notes: { ...workout.notes, [measuringSetNote]: workout.setsLogged.length - 1 } };
}

/** The set as logged: a working set with no target, since it measures the lifter rather than a plan. */
export function calibrationSet(
  turn: Turn,
  workout: ActiveWorkout,
  profile: Profile,
  exerciseId: string,
  spoken: SpokenSet,
): NewLoggedSet {
  const { exerciseIndex, setIndex } = workout.cursor;
  return untargetedSet(turn, workout, profile, spoken, { exerciseId, exerciseIndex, setIndex });
}

/**
 * The workout once the set gave its lift a prescription: the lifter is warm from working up to it,
 * so the lift goes on with its working sets and skips the warm-up.
 */
export function onToWorkingSets(
  workout: ActiveWorkout,
  exercise: PlannedExercise,
  prescription: Prescription,
  set: NewLoggedSet,
): ActiveWorkout {
  const exercises = [...workout.plan.exercises];
  exercises[workout.cursor.exerciseIndex] = {
    status: 'ready',
    exerciseId: exercise.exerciseId,
    name: exercise.name,
    prescription,
  };
  const prescribed: ActiveWorkout = { ...workout, plan: { ...workout.plan, exercises } };
  const cursor = {
    exerciseIndex: workout.cursor.exerciseIndex,
    setIndex: prescription.warmUpSets.length,
    phase: 'resting' as const,
  };
  return measuredBy({
    ...prescribed,
    cursor,
    currentTarget: targetOf(exercise.exerciseId, plannedSetAt(prescribed, cursor)),
    setsLogged: [...workout.setsLogged, sessionSet(set)],
  });
}
