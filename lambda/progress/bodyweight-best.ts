import { convert, isBodyweightLift } from '../rules';
import type { BodyweightBest, LiftStats, LoggedSet } from '../store';
import { setIdentity } from '../store';

function addedLoad(load: BodyweightBest['load'], unit: 'kg' | 'lb'): number {
  return load ? convert(load, unit).value : 0;
}

/** The better of a bodyweight lift's best set and a new working set: more added load, then more reps. */
export function bodyweightBestAfter(
  best: BodyweightBest | null | undefined,
  setKey: string,
  set: LoggedSet,
): BodyweightBest | null {
  const known = best ?? null;
  // A set short of its target still holds the reps it did.
  if (set.kind !== 'working' || set.reps < 1) return known;
  const candidate: BodyweightBest = {
    id: setIdentity(setKey),
    reps: set.reps,
    load: set.load,
    at: set.loggedAt,
  };
  if (!known) return candidate;
  const unit = set.load?.unit ?? known.load?.unit ?? 'kg';
  const heavier = addedLoad(candidate.load, unit) - addedLoad(known.load, unit);
  return heavier > 0 || (heavier === 0 && candidate.reps > known.reps) ? candidate : known;
}

/**
 * A bodyweight lift's stats carry no estimated max: a max from the added load alone (a 45 kg "max"
 * for an unloaded pull-up, a record from a 10 kg belt) is no number a lifter can train from, and
 * items stored before this rule had one. Its record is `bestBodyweightSet`, in reps.
 */
export function withoutBodyweightMax(stats: LiftStats): LiftStats {
  if (!isBodyweightLift(stats.exerciseId)) return stats;
  return {
    ...stats,
    estimatedOneRepMax: null,
    ...(stats.recent && { recent: stats.recent.map((session) => ({ ...session, max: null })) }),
  };
}
