import { findExercise, unmeasuredExercise } from '../../rules';
import type { ActiveWorkout, Profile, SessionSet, SetWithdrawal, WorkoutCursor } from '../../store';
import type { Turn } from '../turn';
import { measuringSetNote } from './calibration-set';
import { cursorAfter, exerciseAt, plannedSetAt, targetOf } from './engine';
import { setContextOf } from './set-context';

export interface Rewound {
  /** The workout as it was before the set: without it, the cursor back on it when it was the planned set. */
  workout: ActiveWorkout;
  /** The set taken back. */
  set: SessionSet & { setKey: string };
  withdrawal: SetWithdrawal;
  /** The profile without the max the set measured; absent when the set measured none. */
  profile?: Profile;
}

/** The same set of the plan, whether its rest is still running or over. */
function samePlace(a: WorkoutCursor, b: WorkoutCursor): boolean {
  if (a.phase === 'done' || b.phase === 'done')
    return a.phase === b.phase && a.exerciseIndex === b.exerciseIndex;
  return a.exerciseIndex === b.exerciseIndex && a.setIndex === b.setIndex;
}

/**
 * Takes the last logged set back off the workout ("undo that"). Only the latest set keeps its item
 * key on the workout, so only it can be withdrawn; null when there is none. A set of the planned lift
 * puts the cursor back on it (its planned target again); an extra set of another lift just leaves.
 */
export function rewindLastSet(turn: Turn, workout: ActiveWorkout, profile: Profile | null): Rewound | null {
  const last = workout.setsLogged.at(-1);
  if (!last?.setKey) return null;
  const set = { ...last, setKey: last.setKey };
  const planned = plannedSetAt(workout, {
    exerciseIndex: last.exerciseIndex,
    setIndex: last.setIndex,
    phase: 'working',
  });
  const at: WorkoutCursor = {
    exerciseIndex: last.exerciseIndex,
    setIndex: last.setIndex,
    phase: planned?.kind ?? 'working',
  };
  const wasPlanned =
    planned !== undefined &&
    planned.kind === last.kind &&
    exerciseAt(workout, last.exerciseIndex)?.exerciseId === last.exerciseId &&
    samePlace(cursorAfter(workout, at), workout.cursor);
  const setsLogged = workout.setsLogged.slice(0, -1);
  const unmeasured = measuredLift(workout, last, setsLogged, profile);
  const rewound: ActiveWorkout = unmeasured
    ? unmeasured.workout
    : wasPlanned
      ? { ...workout, setsLogged, cursor: at, currentTarget: targetOf(last.exerciseId, planned) }
      : { ...workout, setsLogged };
  return {
    workout: rewound,
    set,
    ...(unmeasured?.profile ? { profile: unmeasured.profile } : {}),
    withdrawal: {
      withdraws: set.setKey,
      ...setContextOf(turn, workout, profile, last),
      reps: last.reps,
      load: last.load,
      failed: last.failed,
      withdrawnAt: turn.requestedAt,
    },
  };
}

/**
 * When the last set measured its lift (a calibration set, or a bodyweight lift's first reps): the
 * workout with the lift planned again as before it, unmeasured and up next, and the profile without
 * the max that set gave (a calibration runs only when no usable max was known, so that max is the
 * set's). Null when the last set measured nothing.
 */
function measuredLift(
  workout: ActiveWorkout,
  last: SessionSet,
  setsLogged: SessionSet[],
  profile: Profile | null,
): { workout: ActiveWorkout; profile?: Profile } | null {
  const exercise = findExercise(last.exerciseId);
  if (!exercise || workout.notes[measuringSetNote] !== setsLogged.length) return null;
  if (!profile?.level || !profile.unit) return null;
  const exercises = [...workout.plan.exercises];
  exercises[last.exerciseIndex] = unmeasuredExercise(exercise, workout.plan.focus, {
    level: profile.level,
    unit: profile.unit,
  });
  const { [measuringSetNote]: _taken, ...notes } = workout.notes;
  const { [last.exerciseId]: _measured, ...statedMaxes } = profile.statedMaxes;
  return {
    workout: {
      ...workout,
      plan: { ...workout.plan, exercises },
      setsLogged,
      cursor: { exerciseIndex: last.exerciseIndex, setIndex: last.setIndex, phase: 'working' },
      currentTarget: null,
      notes,
    },
    ...(last.load && profile.statedMaxes[last.exerciseId] ? { profile: { ...profile, statedMaxes } } : {}),
  };
}
