import {
  convert,
  estimateOneRepMax,
  findExercise,
  type SessionFocus,
  type Unit,
  type Weight,
} from '../../rules';
import type { ActiveWorkout, LoadedUser } from '../../store';
import { nextSession } from './next-session';

export interface WorkoutSummaryFacts {
  workingSets: number;
  /** Sum of reps × load over working sets, in the lifter's unit; null when nothing was loaded. */
  volume: Weight | null;
  /** Lifts whose best set this session beat every max known before it. */
  newRecords: string[];
  nextFocus: SessionFocus | null;
  /** Days until the next session the level's rest days allow (0: today); null before onboarding. */
  nextInDays: number | null;
}

/** The end-of-workout facts, from the sets kept on the workout and the maxes known before it. */
export function summarise(user: LoadedUser, workout: ActiveWorkout, now: Date): WorkoutSummaryFacts {
  const unit: Unit = user.profile?.unit ?? 'kg';
  const working = workout.setsLogged.filter((set) => set.kind === 'working');
  let volume = 0;
  const bestThisSession = new Map<string, number>();
  for (const set of working) {
    if (!set.load) continue;
    const load = convert(set.load, unit).value;
    volume += load * set.reps;
    const estimate = estimateOneRepMax({ value: load, unit }, set.reps);
    if (estimate.ok && estimate.value.confidence === 'high') {
      bestThisSession.set(
        set.exerciseId,
        Math.max(bestThisSession.get(set.exerciseId) ?? 0, estimate.value.oneRepMax.value),
      );
    }
  }
  const newRecords: string[] = [];
  for (const [exerciseId, best] of bestThisSession) {
    const stats = user.stats[exerciseId];
    const before =
      stats?.bestSet?.oneRepMax ??
      stats?.estimatedOneRepMax ??
      user.profile?.statedMaxes[exerciseId]?.oneRepMax ??
      null;
    // A first session sets a baseline, not a record.
    if (before && best > convert(before, unit).value + 1e-9)
      newRecords.push(findExercise(exerciseId)?.name ?? exerciseId);
  }
  // The same answer as "when is my next workout", with this workout as the latest session.
  const next = nextSession({ ...user, activeWorkout: workout }, now);
  return {
    workingSets: working.length,
    volume: volume > 0 ? { value: Math.round(volume), unit } : null,
    newRecords,
    nextFocus: next?.focus ?? null,
    nextInDays: next?.daysAway ?? null,
  };
}
