import { findExercise } from './catalog';
import { percentForRepsToFailure } from './chart';
import { loadStepFor, minimumLoad, snapToLoadable } from './loading';
import { fail, isValidWeight, ok } from './result';
import { capitalise, spokenNumber, spokenWeight } from './spoken';
import type { Effort, Equipment, RuleResult, Unit, Weight } from './types';
import { convert } from './units';
import { validSessionSet } from './validate';

export interface NextSetInput {
  exerciseId: string;
  /** What the set just done aimed for. */
  planned: { targetReps: number; load: Weight | null };
  /** What the lifter did; `load` defaults to the planned load. */
  logged: { reps: number; load?: Weight | null; failed?: boolean; effort?: Effort | null };
}

export interface NextSetAdvice {
  load: Weight | null;
  targetReps: number;
  change: 'keep' | 'load-down' | 'reps-down';
  /** Kept for the next session: the set beat its target by two or more reps. */
  note: 'beat-target' | null;
  reason: string;
}

/** Two reps either side of the target is "well" below or above it; one is a normal day. */
export const WELL_OFF_TARGET_REPS = 2;
/** Within a session a load never climbs more than this over the plan. */
export const MAX_MID_SESSION_INCREASE = 0.05;

/** The next set of the same lift, adjusted from the set just logged. Loads only ever come down mid-session. */
export function nextSet(input: NextSetInput): RuleResult<NextSetAdvice> {
  const exercise = findExercise(input.exerciseId);
  if (!exercise) return fail('unknown-exercise', `No lift called "${input.exerciseId}" in the catalog.`);
  const { planned, logged } = input;
  if (!Number.isInteger(planned.targetReps) || planned.targetReps < 1 || planned.targetReps > 30) {
    return fail('invalid-target', 'The target must be a whole number of reps from 1 to 30.');
  }
  if (planned.load !== null && !isValidWeight(planned.load)) {
    return fail('invalid-weight', 'The planned load must be a positive weight in kg or lb.');
  }
  if (!validSessionSet({ reps: logged.reps, load: logged.load ?? null })) {
    return fail('invalid-set', 'The logged set needs whole reps from 0 to 100 and a positive load or none.');
  }
  const unit = planned.load?.unit ?? logged.load?.unit ?? 'kg';
  const loggedLoad = logged.load ? convert(logged.load, unit).value : null;
  let base = loggedLoad ?? planned.load?.value ?? null;
  // A lifter who went more than 5% heavier than planned goes back to the plan: no mid-session jumps.
  if (base !== null && planned.load && base > planned.load.value * (1 + MAX_MID_SESSION_INCREASE)) {
    base = planned.load.value;
  }
  const target = planned.targetReps;
  const gaveOut = (logged.failed === true || logged.effort === 'failure') && logged.reps < target;
  const weight = (value: number | null): Weight | null =>
    value === null || value <= 0 ? null : { value, unit };

  if (logged.reps <= target - WELL_OFF_TARGET_REPS || gaveOut) {
    const step = loadStepFor(exercise.equipment, unit);
    const lighter =
      base === null ? null : lighterForTarget(base, logged.reps, target, step, exercise.equipment, unit);
    const floor = minimumLoad(exercise.equipment, unit);
    if (base !== null && lighter !== null && lighter < base && lighter >= floor) {
      const load = weight(lighter);
      return ok({
        load,
        targetReps: target,
        change: 'load-down',
        note: null,
        reason: `${capitalise(spokenNumber(logged.reps))} of ${spokenNumber(target)}: next set drops to ${load ? spokenWeight(load) : 'bodyweight'}.`,
      });
    }
    const targetReps = Math.max(1, logged.reps);
    return ok({
      load: weight(base),
      targetReps,
      change: 'reps-down',
      note: null,
      reason: `${capitalise(spokenNumber(logged.reps))} of ${spokenNumber(target)}: the load can't go lower, so aim for ${spokenNumber(targetReps)} next set.`,
    });
  }
  const beat = logged.reps >= target + WELL_OFF_TARGET_REPS;
  return ok({
    load: weight(base),
    targetReps: target,
    change: 'keep',
    note: beat ? 'beat-target' : null,
    reason: beat
      ? `${capitalise(spokenNumber(logged.reps))} reps, above the target: same weight now, and I'll note it for next session.`
      : 'On target: same again next set.',
  });
}

/**
 * The load at which the target is what the set just done was, read off the %1RM chart: a set that
 * stopped at `done` reps was a `done`-rep max, so the target needs the share the chart gives `target`
 * reps (5 planned, 3 done: 87% / 93%, about 6% lighter). At least one loadable step lighter.
 */
function lighterForTarget(
  base: number,
  done: number,
  target: number,
  step: number,
  equipment: Equipment,
  unit: Unit,
): number {
  const ratio = percentForRepsToFailure(target) / percentForRepsToFailure(Math.max(1, done));
  const byChart = snapToLoadable(base * ratio, equipment, unit, 'up');
  return Math.min(byChart, snapToLoadable(base - step, equipment, unit, 'down'));
}
