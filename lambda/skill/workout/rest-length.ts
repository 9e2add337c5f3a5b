import type { ActiveWorkout } from '../../store';
import { exerciseAt, plannedSets } from './engine';

/** Set when a rest starts: its length, exactly what the timer or the countdown was given. */
export const restLengthNote = 'restLength';

/**
 * The rest to tell the lifter about, so "how long is my rest?" agrees with the timer: while resting,
 * the rest that is running (the next set's target may already rest differently, or be a warm-up);
 * otherwise the rest after the set at the cursor, or after the lift's working sets during warm-ups
 * (warm-ups have no rest of their own). Null when nothing is planned.
 */
export function restToTell(workout: ActiveWorkout): number | null {
  const running = workout.notes[restLengthNote];
  if (workout.cursor.phase === 'resting' && typeof running === 'number') return running;
  const target = workout.currentTarget;
  if (target?.kind === 'working') return target.restSeconds;
  const exercise = exerciseAt(workout);
  if (exercise?.status === 'needs-max') return exercise.calibration.restSeconds;
  const working = plannedSets(exercise).find((set) => set.kind === 'working');
  if (!working) return null;
  // A rest the lifter chose holds for every working set (see log-set-flows.ts).
  const chosen = workout.notes.restSeconds;
  return typeof chosen === 'number' ? chosen : working.restSeconds;
}
