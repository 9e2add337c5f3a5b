import { convert, type SessionFocus, type Unit, type Weight } from '../../rules';
import type { ActiveWorkout, LoadedUser } from '../../store';
import { type NewBest, newBests } from './new-bests';
import { nextSession } from './next-session';

export interface WorkoutSummaryFacts {
  workingSets: number;
  /** Sum of reps × load over working sets, in the lifter's unit; null when nothing was loaded. */
  volume: Weight | null;
  /** Lifts whose best this session beat the best known before it. */
  newRecords: NewBest[];
  nextFocus: SessionFocus | null;
  /** Days until the next session the level's rest days allow (0: today); null before onboarding. */
  nextInDays: number | null;
}

/** The end-of-workout facts, from the sets kept on the workout and the bests known before it. */
export function summarise(user: LoadedUser, workout: ActiveWorkout, now: Date): WorkoutSummaryFacts {
  const unit: Unit = user.profile?.unit ?? 'kg';
  const working = workout.setsLogged.filter((set) => set.kind === 'working');
  let volume = 0;
  for (const set of working) {
    if (!set.load) continue;
    const load = convert(set.load, unit).value;
    volume += load * set.reps;
  }
  // The same answer as "when is my next workout", with this workout as the latest session.
  const next = nextSession({ ...user, activeWorkout: workout }, now);
  return {
    workingSets: working.length,
    volume: volume > 0 ? { value: Math.round(volume), unit } : null,
    newRecords: newBests(user, workout, unit),
    nextFocus: next?.focus ?? null,
    nextInDays: next?.daysAway ?? null,
  };
}
