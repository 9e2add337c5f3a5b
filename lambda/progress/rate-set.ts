import { convert } from '../rules';
import {
  type LiftStats,
  type LoggedSet,
  type SetRating,
  type SetRecord,
  type Store,
  setIdentity,
  type WorkoutSummary,
} from '../store';
import { type ApplyOutcome, statsFromSets } from './apply-set';
import { ProgressError } from './errors';
import { applySetToStats, laterOf, trustworthyMax } from './lift-stats';

/** One inserted rating ("that was easy" after the set), as the stream delivered it. */
export interface SetRatingEvent {
  userId: string;
  /** The rating item's own sort key. */
  ratingKey: string;
  rating: SetRating;
}

const maxAttempts = 4;

/**
 * Gives a logged set the effort the lifter said after it: the set is folded into its lift's session
 * again with that effort, so the estimated max credits the reps the lifter had left, and the next
 * session's targets see an easy set or one ground out to failure. The set item is never changed.
 *
 * A rating of a set the session no longer holds (withdrawn, a warm-up) changes nothing. A rating that
 * arrives before its set was applied fails, so the event source retries it after the set. Replays
 * change nothing: the rating's identity is recorded in the workout's summary with the sets'.
 */
export async function applySetRating(store: Store, event: SetRatingEvent): Promise<ApplyOutcome> {
  const { userId, ratingKey, rating } = event;
  const setId = setIdentity(rating.rates);
  const ratingId = setIdentity(ratingKey);
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const read = await store.readLiftProgress(userId, rating.exerciseId, rating);
    const summary = read.summary.value;
    if (summary?.applied.includes(ratingId)) return 'already-applied';
    if (!summary?.applied.includes(setId)) {
      throw new ProgressError('A set was rated before the set itself reached progress');
    }
    // An unreadable lift state is rebuilt from the history, which applies the rating already.
    const stats = read.stats.unreadable
      ? statsFromSets(await store.loadSetHistory(userId, rating.exerciseId))
      : read.stats.value;
    const rated = stats?.session?.workoutId === rating.workoutId ? ratedSet(stats, setId) : null;
    if (!stats || (!rated && !read.stats.unreadable)) return 'already-applied';
    const effect = rated
      ? applySetToStats(recordOpenTo(stats, setId, rating, rated), rating.rates, asLoggedSet(rating, rated))
      : { stats, newRecord: null };
    const saved = await store.saveLiftProgress(userId, rating.rates, {
      stats: {
        ...effect.stats,
        version: read.stats.version,
        updatedAt: laterOf(effect.stats.updatedAt, rating.ratedAt),
      },
      summary: withRating(summary, rating, effect.stats, effect.newRecord, ratingId, read.summary.version),
      stored: read.stored,
    });
    if (saved.ok) return 'applied';
    if (saved.reason === 'set-missing') return 'set-deleted';
  }
  throw new ProgressError(`Lift progress kept changing during ${maxAttempts} attempts`);
}

/** The rated working set of the lift's latest session, if it holds it. */
function ratedSet(stats: LiftStats, setId: string): SetRecord | null {
  return stats.session?.sets.find((set) => set.id === setId) ?? null;
}

/**
 * The fold never lets a set beat its own record; a set that held it and now proves a higher max (it
 * was easy) must, so its record is set aside for the fold to put back higher. A lower max keeps the
 * record as it was: the sets it beat are not in the session to take it back.
 */
function recordOpenTo(stats: LiftStats, setId: string, rating: SetRating, set: SetRecord): LiftStats {
  const best = stats.bestSet;
  if (best?.id !== setId) return stats;
  const max = trustworthyMax({ ...set, effort: rating.effort });
  const higher = max !== null && convert(max, best.oneRepMax.unit).value > best.oneRepMax.value;
  return higher ? { ...stats, bestSet: null } : stats;
}

function withRating(
  summary: WorkoutSummary,
  rating: SetRating,
  stats: LiftStats,
  newRecord: LiftStats['bestSet'],
  ratingId: string,
  version: number,
): WorkoutSummary {
  return {
    ...summary,
    newRecords: newRecord
      ? [
          ...summary.newRecords.filter((known) => known.exerciseId !== rating.exerciseId),
          {
            exerciseId: rating.exerciseId,
            oneRepMax: newRecord.oneRepMax,
            id: newRecord.id,
            at: newRecord.at,
          },
        ]
      : summary.newRecords,
    nextTargets: stats.progression
      ? { ...summary.nextTargets, [rating.exerciseId]: stats.progression }
      : summary.nextTargets,
    applied: [...summary.applied, ratingId],
    updatedAt: laterOf(summary.updatedAt, rating.ratedAt),
    version,
  };
}

/** The set as it was logged, with the effort now known (what the stats fold reads). */
function asLoggedSet(rating: SetRating, set: SetRecord): LoggedSet {
  return {
    requestId: rating.requestId,
    exerciseId: rating.exerciseId,
    kind: set.kind,
    reps: set.reps,
    load: set.load,
    failed: set.failed,
    effort: rating.effort,
    target: set.target,
    workoutId: rating.workoutId,
    workoutStartedAt: rating.workoutStartedAt,
    focus: rating.focus,
    goal: rating.goal,
    level: rating.level,
    unit: rating.unit,
    exerciseIndex: 0,
    setIndex: 0,
    closesWorkout: false,
    loggedAt: set.at,
  };
}
