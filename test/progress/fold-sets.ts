import { applySetToStats } from '../../lambda/progress/lift-stats';
import type { Level } from '../../lambda/rules';
import { type LiftStats, type LoggedSet, setSortKey } from '../../lambda/store';

/** One working set of a session, as said: reps, the load (null: the body alone), and a miss. */
export interface SetDone {
  reps: number;
  kg: number | null;
  failed?: boolean;
}

/**
 * The lift's stats after one strength session of `sets`, folded one by one as the stream hands them
 * over: each set three minutes after the last, aimed at six reps at its own load.
 */
export function foldSession(
  stats: LiftStats | null,
  session: { exerciseId: string; workoutId: string; startedAt: string; level: Level },
  sets: readonly SetDone[],
): LiftStats {
  let current = stats;
  sets.forEach(({ reps, kg, failed = false }, index) => {
    const loggedAt = new Date(Date.parse(session.startedAt) + (index + 1) * 180_000).toISOString();
    const load = kg === null ? null : { value: kg, unit: 'kg' as const };
    const set: LoggedSet = {
      requestId: `${session.workoutId}-request-${index}`,
      exerciseId: session.exerciseId,
      kind: 'working',
      reps,
      load,
      failed,
      effort: null,
      target: { reps: 6, load },
      workoutId: session.workoutId,
      workoutStartedAt: session.startedAt,
      focus: 'strength',
      goal: 'strength',
      level: session.level,
      unit: 'kg',
      exerciseIndex: 0,
      setIndex: index,
      closesWorkout: false,
      loggedAt,
    };
    current = applySetToStats(current, setSortKey(loggedAt, set.requestId), set).stats;
  });
  return current as LiftStats;
}
