import type { ActiveWorkout, Profile } from '../../store';
import type { Turn } from '../turn';

/**
 * What a withdrawal or a rating repeats of the logged set it is about (schemas/set-context.ts): the
 * turn that writes it, the lift, the workout and what the lifter trains for.
 */
export function setContextOf(
  turn: Turn,
  workout: ActiveWorkout,
  profile: Profile | null,
  logged: Pick<ActiveWorkout['setsLogged'][number], 'exerciseId' | 'kind'>,
) {
  return {
    requestId: turn.requestId,
    exerciseId: logged.exerciseId,
    kind: logged.kind,
    workoutId: workout.workoutId,
    workoutStartedAt: workout.startedAt,
    focus: workout.plan.focus,
    goal: profile?.goal ?? null,
    level: profile?.level ?? null,
    unit: profile?.unit ?? null,
  };
}
