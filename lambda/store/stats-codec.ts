import {
  decodeObject,
  encodeObject,
  formatAttribute,
  isRecord,
  mapValues,
  omitKey,
  statsFormat,
} from './compact-names';

// The lift's snapshot (STATS#) stored compact (compact-names.ts), and each progression state names
// its lift and its latest focus once.

export function encodeLiftStats(stats: object): Record<string, unknown> {
  return {
    [formatAttribute]: statsFormat,
    ...(encodeObject(withoutRepeatedProgression(withoutRepeatedLift(stats))) as Record<string, unknown>),
  };
}

type ProgressionShape = { progression?: unknown; progressionByFocus?: unknown };

/**
 * The latest progression is always one focus's own state (the fold writes both together): stored
 * as that focus's name, it is not stored twice. A progression that differs is stored in full.
 */
function withoutRepeatedProgression(stats: object): object {
  const { progression, progressionByFocus } = stats as ProgressionShape;
  if (!isRecord(progression) || !isRecord(progressionByFocus) || typeof progression.focus !== 'string') {
    return stats;
  }
  const own = progressionByFocus[progression.focus];
  return sameValue(own, progression) ? { ...stats, progression: progression.focus } : stats;
}

function withRepeatedProgression(stats: unknown): unknown {
  if (!isRecord(stats)) return stats;
  const { progression, progressionByFocus } = stats as ProgressionShape;
  if (typeof progression !== 'string' || !isRecord(progressionByFocus)) return stats;
  return { ...stats, progression: progressionByFocus[progression] ?? progression };
}

/** Deep equality of stored values (plain objects, arrays, scalars), key order aside. */
function sameValue(left: unknown, right: unknown): boolean {
  if (Array.isArray(left) || Array.isArray(right)) {
    return (
      Array.isArray(left) &&
      Array.isArray(right) &&
      left.length === right.length &&
      left.every((item, index) => sameValue(item, right[index]))
    );
  }
  if (isRecord(left) && isRecord(right)) {
    const keys = Object.keys(left);
    return (
      keys.length === Object.keys(right).length &&
      keys.every((key) => key in right && sameValue(left[key], right[key]))
    );
  }
  return Object.is(left, right);
}

type StatsShape = { exerciseId?: unknown; progression?: unknown; progressionByFocus?: unknown };

/** Each progression state names its lift, which is the item's own: stored once, at the top. */
function withoutRepeatedLift(stats: object): object {
  const { exerciseId, progression, progressionByFocus } = stats as StatsShape;
  const drop = (state: unknown): unknown =>
    isRecord(state) && state.exerciseId === exerciseId ? omitKey(state, 'exerciseId') : state;
  return {
    ...stats,
    ...(progression !== undefined && { progression: drop(progression) }),
    ...(isRecord(progressionByFocus) && { progressionByFocus: mapValues(progressionByFocus, drop) }),
  };
}

function withRepeatedLift(stats: unknown): unknown {
  if (!isRecord(stats)) return stats;
  const { exerciseId, progression, progressionByFocus } = stats as StatsShape;
  const restore = (state: unknown): unknown =>
    isRecord(state) && !('exerciseId' in state) ? { exerciseId, ...state } : state;
  return {
    ...stats,
    ...(progression !== undefined && { progression: restore(progression) }),
    ...(isRecord(progressionByFocus) && { progressionByFocus: mapValues(progressionByFocus, restore) }),
  };
}

/** A stored STATS item (keys removed) as the schema reads it; anything not compact is returned as it is. */
export function decodeStoredLiftStats(item: unknown): unknown {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
  const { [formatAttribute]: format, ...rest } = item as Record<string, unknown>;
  if (format !== statsFormat) return item;
  return withRepeatedLift(withRepeatedProgression(decodeObject(rest)));
}
