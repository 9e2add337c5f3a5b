import {
  type BodyweightSetDone,
  beatsBodyweightSet,
  convert,
  findExercise,
  isBodyweightLift,
  setMax,
  type Unit,
  type Weight,
} from '../../rules';
import type { ActiveWorkout, LoadedUser, SessionSet } from '../../store';

/** A lift whose best this workout beat the best it had before; a bodyweight lift's in reps. */
export type NewBest =
  | { kind: 'loaded'; exerciseId: string; name: string }
  | { kind: 'bodyweight'; exerciseId: string; name: string; set: BodyweightSetDone };

/**
 * The lifts this workout set a new best on. The progress Lambda may already have folded some or all
 * of the workout's sets into the stats (it runs within a second of each set), so the stats' best
 * can be this workout's own: the best to beat is one logged before the workout began, and what the
 * fold found beaten (`session.newRecord`) counts as well. Either way the answer is the same, and a
 * lift's first session sets its baseline, not a best.
 */
export function newBests(user: LoadedUser, workout: ActiveWorkout, unit: Unit): NewBest[] {
  const byLift = new Map<string, SessionSet[]>();
  for (const set of workout.setsLogged) {
    if (set.kind === 'working' && set.reps > 0)
      byLift.set(set.exerciseId, [...(byLift.get(set.exerciseId) ?? []), set]);
  }
  const bests: NewBest[] = [];
  for (const [exerciseId, sets] of byLift) {
    const stats = user.stats[exerciseId];
    const name = findExercise(exerciseId)?.name ?? exerciseId;
    const folded = stats?.session?.workoutId === workout.workoutId;
    const foldedBest = folded && stats?.session?.newRecord === true;
    if (isBodyweightLift(exerciseId)) {
      const best = bestBodyweightSet(sets);
      const before = fromBefore(stats?.bestBodyweightSet, workout);
      if (best && (foldedBest || (before && beatsBodyweightSet(best, before))))
        bests.push({ kind: 'bodyweight', exerciseId, name, set: best });
      continue;
    }
    const best = bestEstimate(sets, unit);
    // With no best set before the workout, the max known before it (once folded, the stats' max is
    // this workout's) or else the one the lifter stated is the one to beat.
    const before =
      fromBefore(stats?.bestSet, workout)?.oneRepMax ??
      (stats?.bestSet || folded ? null : stats?.estimatedOneRepMax) ??
      user.profile?.statedMaxes[exerciseId]?.oneRepMax ??
      null;
    if (foldedBest || (best !== null && before && best > convert(before, unit).value))
      bests.push({ kind: 'loaded', exerciseId, name });
  }
  return bests;
}

/** A stored best, unless one of this workout's own sets set it. */
function fromBefore<T extends { at: string }>(best: T | null | undefined, workout: ActiveWorkout): T | null {
  return best && best.at < workout.startedAt ? best : null;
}

function bestBodyweightSet(sets: readonly SessionSet[]): BodyweightSetDone | null {
  let best: BodyweightSetDone | null = null;
  for (const { reps, load } of sets) {
    if (!best || beatsBodyweightSet({ reps, load }, best)) best = { reps, load };
  }
  return best;
}

/**
 * The session's best trustworthy estimated max, read as the progress Lambda reads it (rules
 * `setMax`, crediting the reps in reserve of a set that met its target) and rounded as it stores it.
 */
function bestEstimate(sets: readonly SessionSet[], unit: Unit): number | null {
  let best: number | null = null;
  for (const set of sets) {
    const load: Weight | null = set.load && convert(set.load, unit);
    const max = setMax({ ...set, load, metTarget: set.metTarget ?? false });
    if (max) best = Math.max(best ?? 0, Math.round(max.value * 100) / 100);
  }
  return best;
}
