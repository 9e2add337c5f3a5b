import {
  beatsBodyweightSet,
  bodyweightStart,
  isBodyweightLift,
  progressionFor,
  type SessionFocus,
} from '../rules';
import type { BodyweightBest, LiftStats, LoggedSet, SetRecord } from '../store';
import { setIdentity } from '../store';

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
  return !known || beatsBodyweightSet(candidate, known) ? candidate : known;
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

/**
 * Goal both trains a bodyweight lift on strength and size days: the first set, measured on either,
 * sets both focuses' targets, as a loaded lift's one calibration gives both their loads. Without it
 * the other focus asked for another "as many good reps as you can" set a day later.
 */
export function withBothFocusesMeasured(
  stats: LiftStats,
  set: LoggedSet,
  session: { base: LiftStats['progression']; sets: readonly SetRecord[] },
): LiftStats {
  const opening = session.sets[0];
  if (set.goal !== 'both' || !isBodyweightLift(set.exerciseId) || session.base || !opening || opening.target)
    return stats;
  if (!set.level || !(set.unit ?? opening.load?.unit)) return stats;
  const other: SessionFocus = set.focus === 'strength' ? 'hypertrophy' : 'strength';
  if (progressionFor(stats, set.exerciseId, other)) return stats;
  const start = bodyweightStart({
    exerciseId: set.exerciseId,
    goal: 'both',
    level: set.level,
    focus: other,
    unit: set.unit ?? opening.load?.unit ?? 'kg',
    reps: opening.reps,
    now: opening.at,
  });
  return { ...stats, progressionByFocus: { ...stats.progressionByFocus, [other]: start } };
}
