import { nearestRepsToFailureAt } from './chart';
import { loadStepFor, minimumLoad, snapToLoadable } from './loading';
import type { Exercise, Guidelines, SessionFocus, Unit } from './types';

// The check every loaded prescription passes: the load actually prescribed, after rounding to what
// the equipment can load, leaves at least one rep in reserve on the NSCA chart for the target reps.

/** Reps left in the tank at a load for a number of reps, read off the chart. */
export function reserveAt(load: number, reps: number, max: number): number {
  return nearestRepsToFailureAt((load / max) * 100) - reps;
}

/** Strength cuts at most this many reps to keep a load; more than that and a lighter load is better. */
const MOST_REPS_CUT = 2;
/** Cutting reps never programs fewer than this: singles and doubles are tests, not training sets. */
const FEWEST_CUT_REPS = 3;

export interface ReserveCheck {
  load: number;
  reps: number;
  /** The reps the chart check is made at (below `reps` for double progression; see prescribe). */
  checkedReps: number;
}

/**
 * A load and reps that leave at least one rep in reserve at `checkedReps`. When the smallest bar,
 * dumbbell or stack step pushes a light lift past that, strength keeps the load and cuts up to two
 * reps, hypertrophy keeps the reps on a lighter load (at most one step under the range's floor);
 * failing both, null, and the caller says why.
 */
export function fitReserve(
  wanted: ReserveCheck,
  max: number,
  focus: SessionFocus,
  rules: Guidelines['programming'],
  exercise: Exercise,
  unit: Unit,
): { load: number; reps: number } | null {
  const fits = (load: number, reps: number) => reserveAt(load, Math.min(reps, wanted.checkedReps), max) >= 1;
  if (fits(wanted.load, wanted.reps)) return { load: wanted.load, reps: wanted.reps };
  const cutReps = cutAt(wanted.load, max, rules.reps.min);
  const step = loadStepFor(exercise.equipment, unit);
  const floor = Math.max(minimumLoad(exercise.equipment, unit), (max * rules.percentOfMax.min) / 100 - step);
  let lighter = snapToLoadable(wanted.load - step, exercise.equipment, unit, 'down');
  // Snapping never goes below the empty bar or one stack pin, so stop once a step stops lightening.
  while (lighter >= floor - 1e-9 && lighter < wanted.load && !fits(lighter, wanted.reps)) {
    const next = snapToLoadable(lighter - step, exercise.equipment, unit, 'down');
    if (next >= lighter) break;
    lighter = next;
  }
  const dropLoad =
    lighter >= floor - 1e-9 && lighter < wanted.load && fits(lighter, wanted.reps)
      ? { load: lighter, reps: wanted.reps }
      : null;
  // The lightest load reached may still fit fewer reps (a 25 kg deadlift max: 20 kg × 7, not 22.5 × 8).
  const lightestCut =
    lighter >= floor - 1e-9 && lighter < wanted.load ? cutAt(lighter, max, rules.reps.min) : null;
  if (focus === 'hypertrophy') return dropLoad ?? cutReps ?? lightestCut;
  const smallCut = cutReps && wanted.reps - cutReps.reps <= MOST_REPS_CUT ? cutReps : null;
  return smallCut ?? dropLoad ?? cutReps ?? lightestCut;
}

/** The load kept with one rep in reserve, if that still leaves a training set (three reps or more). */
function cutAt(load: number, max: number, fewestReps: number): { load: number; reps: number } | null {
  const reps = nearestRepsToFailureAt((load / max) * 100) - 1;
  return reps >= Math.max(fewestReps, FEWEST_CUT_REPS) ? { load, reps } : null;
}
