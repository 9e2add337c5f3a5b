import { metItsTarget, type Weight } from '../../rules';
import {
  type ActiveWorkout,
  type NewLoggedSet,
  type Profile,
  type SessionSet,
  type SetWithdrawal,
  setSortKey,
} from '../../store';
import type { Turn } from '../turn';

export interface SpokenSet {
  reps: number;
  /** Null: the lifter did not say a weight (the target's load applies). */
  load: Weight | null;
  failed: boolean;
  /** "That's two hundred and twenty pounds." when the lifter said another unit. */
  conversion: string;
  /** The weight as said when it was in the other unit ("twenty kilos"), for reading it back. */
  saidAs?: Weight | null;
  /** The lifter already said yes to a load far from the plan. */
  loadConfirmed?: boolean;
  /** A correction ("that was wrong, I did six"): the set this one replaces, withdrawn in the same write. */
  replaces?: SetWithdrawal;
}

export function newSet(
  turn: Turn,
  workout: ActiveWorkout,
  profile: Profile | null,
  fields: Pick<
    NewLoggedSet,
    'exerciseId' | 'kind' | 'reps' | 'load' | 'failed' | 'target' | 'exerciseIndex' | 'setIndex'
  >,
): NewLoggedSet {
  return {
    ...fields,
    requestId: turn.requestId,
    effort: fields.failed ? 'failure' : null,
    goal: profile?.goal ?? null,
    level: profile?.level ?? null,
    unit: profile?.unit ?? null,
    workoutId: workout.workoutId,
    workoutStartedAt: workout.startedAt,
    focus: workout.plan.focus,
    loggedAt: turn.requestedAt,
  };
}

/** A working set logged without a target: a calibration, or a set of a lift off the cursor. */
export function untargetedSet(
  turn: Turn,
  workout: ActiveWorkout,
  profile: Profile | null,
  spoken: SpokenSet,
  place: Pick<NewLoggedSet, 'exerciseId' | 'exerciseIndex' | 'setIndex'>,
): NewLoggedSet {
  return newSet(turn, workout, profile, {
    ...place,
    kind: 'working',
    reps: spoken.reps,
    load: spoken.load,
    failed: spoken.failed,
    target: null,
  });
}

/** A retried request whose set is already on the workout: answer as the first attempt did, store nothing. */
export function alreadyLogged(turn: Turn, workout: ActiveWorkout): boolean {
  return workout.setsLogged.some((set) => set.setKey?.endsWith(`#${turn.requestId}`) === true);
}

export function sessionSet(set: NewLoggedSet): SessionSet {
  return {
    setKey: setSortKey(set.loggedAt, set.requestId),
    exerciseId: set.exerciseId,
    exerciseIndex: set.exerciseIndex,
    setIndex: set.setIndex,
    kind: set.kind,
    reps: set.reps,
    load: set.load,
    failed: set.failed,
    effort: set.effort,
    metTarget: metItsTarget(set),
  };
}
