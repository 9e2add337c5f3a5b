import { convert, findExercise, roundToLoadable, type Unit, type Weight } from '../../rules';
import type { LoadedUser } from '../../store';

/** Heavier than any lifter loads (the raw total record is about 500 kg): surely a mishearing. */
export const heaviestPlausibleKg = 500;
/** A set heavier than three times the known max is a mishearing, not a personal record. */
export const knownMaxFactor = 3;

export function knownMax(user: LoadedUser, exerciseId: string): Weight | null {
  return (
    user.stats[exerciseId]?.estimatedOneRepMax ?? user.profile?.statedMaxes[exerciseId]?.oneRepMax ?? null
  );
}

/** True when a stated load cannot be what the lifter meant. */
export function isAbsurdLoad(load: Weight, max: Weight | null): boolean {
  if (!(load.value > 0) || !Number.isFinite(load.value)) return true;
  if (convert(load, 'kg').value > heaviestPlausibleKg) return true;
  return max !== null && load.value > convert(max, load.unit).value * knownMaxFactor;
}

export interface SpokenLoad {
  load: Weight;
  /** Set when the lifter said another unit than theirs: the load as their unit, to confirm aloud. */
  convertedFrom: Weight | null;
}

/** A spoken weight in the lifter's unit; "kilos" from a pounds user is converted to what can be loaded. */
export function toLifterUnit(spoken: Weight, unit: Unit, exerciseId: string | undefined): SpokenLoad {
  // A weight no scale reads ("minus twenty-nine pounds") is left as heard for isAbsurdLoad to refuse.
  const convertible = spoken.value > 0 && Number.isFinite(spoken.value);
  if (spoken.unit === unit || !convertible) return { load: spoken, convertedFrom: null };
  const converted = convert(spoken, unit);
  const equipment = (exerciseId && findExercise(exerciseId)?.equipment) || 'barbell';
  const rounded = roundToLoadable(converted, equipment);
  return { load: rounded.ok ? rounded.value : converted, convertedFrom: spoken };
}

/**
 * A working set said at under 70% or over 130% of its planned load is read back before it is logged.
 * Why there: a bad day or a deload takes a load down about 10%, and the rules never add more than
 * about 5% within a session, so a set a few load steps off the plan is normal and logged at once.
 * A gap of 30% or more is nearly always a mishearing or the wrong unit ("twenty kilos" on a
 * hundred and fifty pound squat), and since the rules carry the logged load into the next set,
 * logging it unasked would drag the rest of the lift with it. Saying "yes" costs one word.
 */
export const farBelowPlanFactor = 0.7;
export const farAbovePlanFactor = 1.3;

export type PlanGap = 'lighter' | 'heavier' | null;

export function gapFromPlan(load: Weight, planned: Weight | null): PlanGap {
  if (!planned || !(planned.value > 0)) return null;
  const said = convert(load, planned.unit).value;
  if (said < planned.value * farBelowPlanFactor) return 'lighter';
  if (said > planned.value * farAbovePlanFactor) return 'heavier';
  return null;
}
