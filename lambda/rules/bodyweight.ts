import { focusOf, guidelines } from './guidelines';
import { loadStepFor } from './loading';
import { defaultTargetReps } from './prescribe';
import type { Goal, Level, ProgressionState, SessionFocus, Unit, Weight } from './types';
import { convert } from './units';

// Bodyweight lifts are prescribed from what the lifter can do. The first set is "as many good reps
// as you can, stopping one short"; its reps set the working targets (the source gives no rule here).

export interface BodyweightAbility {
  exerciseId: string;
  goal: Goal;
  level: Level;
  focus?: SessionFocus;
  unit: Unit;
  /** Good reps in the first set, stopped one short of failure. */
  reps: number;
  /** ISO time of the set. */
  now: string;
}

/** Most added load a first set can earn at once: the sessions after it steer the rest. */
const MOST_STARTING_STEPS = 4;

/**
 * The first targets from the first set: working sets two short of failure are one rep under a set
 * stopped one short. An advanced lifter whose reps pass the range's top adds a step of load for
 * every two reps over (at most four) and works at the level's usual reps.
 */
export function bodyweightStart(ability: BodyweightAbility): ProgressionState {
  const focus = focusOf(ability.goal, ability.focus);
  const rules = guidelines(ability.goal, ability.level, focus).programming;
  const reps = Math.max(1, Math.min(100, Math.round(ability.reps)));
  const target = Math.max(1, reps - 1);
  const over = target - rules.reps.max;
  const loaded = ability.level === 'advanced' && over >= 2;
  const steps = Math.min(MOST_STARTING_STEPS, Math.floor(over / 2));
  return {
    exerciseId: ability.exerciseId,
    focus,
    load: loaded ? { value: steps * loadStepFor('bodyweight', ability.unit), unit: ability.unit } : null,
    targetReps: loaded ? defaultTargetReps(focus, ability.level) : Math.min(target, rules.reps.max),
    sets: rules.startingSets,
    failedSessions: 0,
    beatTargetSessions: 0,
    updatedAt: ability.now,
  };
}

/** A bodyweight set as its record compares it: reps, and the load added to the body (null: none). */
export interface BodyweightSetDone {
  reps: number;
  load: Weight | null;
}

/**
 * Whether a bodyweight set beats another: more load added, or the same load added and more reps.
 * The progress Lambda keeps a lift's best set by it and the summary names a new best by it.
 */
export function beatsBodyweightSet(candidate: BodyweightSetDone, known: BodyweightSetDone): boolean {
  const unit = candidate.load?.unit ?? known.load?.unit ?? 'kg';
  const heavier = addedValue(candidate.load, unit) - addedValue(known.load, unit);
  // A load said in the other unit converts with a rounding error: the same plate is the same load.
  const sameLoad = Math.abs(heavier) < 1e-6;
  return sameLoad ? candidate.reps > known.reps : heavier > 0;
}

function addedValue(load: Weight | null, unit: Unit): number {
  return load ? convert(load, unit).value : 0;
}
