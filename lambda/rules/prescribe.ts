import { findExercise } from './catalog';
import { percentForRepsToFailure, repsToFailureAt } from './chart';
import { loadReasonText } from './derived-text';
import { focusOf, guidelines, restSecondsFor } from './guidelines';
import { loadStepFor, snapToLoadable } from './loading';
import { fitReserve, reserveAt } from './reserve';
import { clamp, fail, isValidWeight, ok } from './result';
import type {
  Exercise,
  Goal,
  Guidelines,
  Level,
  LoadReason,
  Prescription,
  ProgressionState,
  RuleResult,
  SessionFocus,
  Span,
  Unit,
  Weight,
} from './types';
import { convert } from './units';
import { usableProgression, validateTraining } from './validate';
import { bodyweightWarmUp, warmUpSets } from './warm-up';

export interface PrescribeInput {
  exerciseId: string;
  goal: Goal;
  level: Level;
  /** The day's focus; only read when the goal is `both`. */
  focus?: SessionFocus;
  unit: Unit;
  /** A stated or estimated one-rep max in any unit; null when none is known yet. */
  oneRepMax: Weight | null;
  /** Next-session targets from `progress`; ignored when they belong to another lift or focus. */
  progression?: ProgressionState | null;
}

/** Reps left in the tank when nothing else says otherwise: the middle of the 1–3 the coach aims for. */
export const DEFAULT_REPS_IN_RESERVE = 2;

/** Where a lift starts before progression moves it: heavier and fewer for strength and experience. */
export function defaultTargetReps(focus: SessionFocus, level: Level): number {
  // Seven reps two short of failure is 77% of the max: inside 70–80% with room for the next step,
  // so a successful session's added load still fits the range once the max is re-estimated.
  if (focus === 'strength') return level === 'advanced' ? 4 : 7;
  return level === 'beginner' ? 10 : 8;
}

/** The most reps a bodyweight set is asked for: past twenty the work is endurance, not size or strength. */
export const MOST_BODYWEIGHT_REPS = 20;

/**
 * The most reps a target may ask for: the range's top, trimmed where even the lightest load of the
 * %1RM range leaves no rep in reserve (6 reps at 85%+ is a max set; 12 at 67% is one too).
 */
export function maxTargetReps(rules: Guidelines['programming'], bodyweight = false): number {
  // Bodyweight lifts are not loaded off a max: below advanced, reps past the range are their overload.
  if (bodyweight) return Math.max(rules.reps.max, MOST_BODYWEIGHT_REPS);
  return Math.min(rules.reps.max, repsToFailureAt(rules.percentOfMax.min) - 1);
}

/** Where double progression starts its climb: four reps under the top (8 of 6–12). */
export function doubleProgressionStart(rules: Guidelines['programming']): number {
  return Math.max(rules.reps.min, maxTargetReps(rules) - 4);
}

interface Targets {
  focus: SessionFocus;
  rules: Guidelines['programming'];
  targetReps: number;
  sets: number;
  state: ProgressionState | null;
}

function targetsFor(input: PrescribeInput, exercise: Exercise): Targets {
  const focus = focusOf(input.goal, input.focus);
  const rules = guidelines(input.goal, input.level, focus).programming;
  const state = usableProgression(input.progression, exercise.id, focus);
  const repCeiling = maxTargetReps(rules, exercise.bodyweight);
  const targetReps = clamp(
    Math.round(state?.targetReps ?? defaultTargetReps(focus, input.level)),
    // Bodyweight targets start from what the lifter can do: three pull-ups is where they are.
    exercise.bodyweight ? 1 : rules.reps.min,
    repCeiling,
  );
  const sets = clamp(Math.round(state?.sets ?? rules.startingSets), rules.sets.min, rules.sets.max);
  return { focus, rules, targetReps, sets, state };
}

/** Working sets, warm-ups, rest and the spoken reason for one lift. */
export function prescribe(input: PrescribeInput): RuleResult<Prescription> {
  const exercise = findExercise(input.exerciseId);
  if (!exercise) return fail('unknown-exercise', `No lift called "${input.exerciseId}" in the catalog.`);
  const invalid = validateTraining(input);
  if (invalid) return fail('invalid-training', invalid);
  const targets = targetsFor(input, exercise);
  if (exercise.bodyweight) {
    // Reps are never guessed either: without a logged session the first set measures them.
    if (!targets.state) {
      return fail('no-reps-known', `Find the lifter's ${exercise.name} reps with a first set first.`);
    }
    return ok(bodyweightPrescription(input, exercise, targets));
  }
  if (input.oneRepMax === null || input.oneRepMax === undefined) {
    return fail(
      'no-max-known',
      `Ask for a one-rep max, or a weight and reps, for the ${exercise.name} first.`,
    );
  }
  if (!isValidWeight(input.oneRepMax)) {
    return fail('invalid-max', 'A one-rep max must be a positive weight up to 500 kg or 1,100 lb.');
  }
  return loadedPrescription(input, exercise, targets, convert(input.oneRepMax, input.unit).value);
}

/** The designed share of the max, rounded to the equipment, kept inside the range where rounding allows. */
function loadForPercent(max: number, percent: number, range: Span, exercise: Exercise, unit: Unit): number {
  const lowest = (max * range.min) / 100;
  const highest = Math.min(max, (max * range.max) / 100);
  const exact = (max * percent) / 100;
  let load = snapToLoadable(exact, exercise.equipment, unit, 'nearest');
  // Nearest rounding may leave the range by a fraction of a step; the other direction may fit it.
  const roundedUp = snapToLoadable(exact, exercise.equipment, unit, 'up');
  const roundedDown = snapToLoadable(exact, exercise.equipment, unit, 'down');
  if (load < lowest && roundedUp <= highest) load = roundedUp;
  if (load > highest && roundedDown >= lowest) load = roundedDown;
  if (load > max) load = snapToLoadable(max, exercise.equipment, unit, 'down');
  return load;
}

/**
 * The load progression earned, held under the range's top. It may sit up to one load step above it:
 * a step earned last session is what the max estimate catches up with once it is lifted. The range's
 * floor never lifts it: a max raised since the load was earned (the other focus's day of goal both, a
 * high-rep set's proof, a newly stated max) would stack a second jump on the step progress just took,
 * and progress climbs an earned load back into the range a step at a time.
 */
function progressionLoad(
  earned: number,
  max: number,
  highestPercent: number,
  exercise: Exercise,
  unit: Unit,
): number {
  const step = loadStepFor(exercise.equipment, unit);
  const ceiling = Math.min(max, (max * highestPercent) / 100 + step);
  const wanted = Math.min(earned, ceiling);
  const load = snapToLoadable(wanted, exercise.equipment, unit, 'nearest');
  return load > ceiling ? snapToLoadable(wanted, exercise.equipment, unit, 'down') : load;
}

function loadedPrescription(
  input: PrescribeInput,
  exercise: Exercise,
  { focus, rules, targetReps, sets, state }: Targets,
  max: number,
): RuleResult<Prescription> {
  const { unit } = input;
  const range = rules.percentOfMax;
  const designed = clamp(percentForRepsToFailure(targetReps + DEFAULT_REPS_IN_RESERVE), range.min, range.max);
  const stateLoad = state?.load ? convert(state.load, unit).value : null;
  const step = loadStepFor(exercise.equipment, unit);
  const rounded =
    stateLoad === null
      ? loadForPercent(max, designed, range, exercise, unit)
      : progressionLoad(stateLoad, max, range.max, exercise, unit);
  const tooHeavy = () =>
    fail<Prescription>(
      'max-below-minimum-load',
      `A max of ${max} ${unit} is too close to the lightest ${exercise.name} load to train at ${range.min}–${range.max}%.`,
    );
  // The tolerance only absorbs float noise from unit conversion (a max of 499.9999999 lb).
  if (rounded > max + 1e-9 || rounded > (max * range.max) / 100 + step + 1e-9) return tooHeavy();
  // Double progression climbs reps at one load on purpose (8 → 12) and the max estimate only catches
  // up once a set of ten or fewer moves it, so an earned hypertrophy load is checked at the reps it
  // started from; a designed load and every strength load are checked at the target itself.
  const checkedReps =
    stateLoad !== null && focus === 'hypertrophy'
      ? Math.min(targetReps, doubleProgressionStart(rules))
      : targetReps;
  const fitted = fitReserve(
    { load: rounded, reps: targetReps, checkedReps },
    max,
    focus,
    rules,
    exercise,
    unit,
  );
  if (!fitted) return tooHeavy();
  const { load } = fitted;
  const repsInReserve = Math.max(0, reserveAt(load, fitted.reps, max));
  return finishLoaded(
    input,
    exercise,
    { focus, sets, state, targetReps: fitted.reps },
    max,
    load,
    repsInReserve,
  );
}

function finishLoaded(
  input: PrescribeInput,
  exercise: Exercise,
  { focus, sets, state, targetReps }: Pick<Targets, 'focus' | 'sets' | 'state' | 'targetReps'>,
  max: number,
  load: number,
  repsInReserve: number,
): RuleResult<Prescription> {
  const { unit } = input;
  const step = loadStepFor(exercise.equipment, unit);
  const stateLoad = state?.load ? convert(state.load, unit).value : null;
  const actualPercent = Math.round((load / max) * 100);
  const weight: Weight = { value: load, unit };
  const restSeconds = restSecondsFor(focus, input.level, exercise.kind === 'compound');
  const maxWeight: Weight = { value: Math.round(max * 2) / 2, unit };
  const usedState = stateLoad !== null && Math.abs(stateLoad - load) < step / 2;
  const numbers: Omit<LoadReason, 'text'> = {
    code: usedState ? progressionReason(state) : 'percent-of-max',
    percentOfMax: actualPercent,
    oneRepMax: maxWeight,
    targetReps,
    repsInReserve,
  };
  const reason: LoadReason = { ...numbers, text: loadReasonText(numbers, exercise.name, weight) };
  return ok({
    exerciseId: exercise.id,
    exerciseName: exercise.name,
    focus,
    unit,
    warmUpSets: warmUpSets(exercise, weight),
    workingSets: Array.from({ length: sets }, (_, index) => ({
      setNumber: index + 1,
      targetReps,
      load: weight,
      repsInReserve,
      restSeconds,
    })),
    restSeconds,
    percentOfMax: actualPercent,
    reason,
  });
}

/** Why the stored targets' load is today's: a step earned, the same load held, or a deload. */
function progressionReason(state: ProgressionState | null | undefined): LoadReason['code'] {
  if (state?.deload) return 'progression-deload';
  if (state?.nextStepTooHeavy) return 'progression-held';
  return 'progression-target';
}

function bodyweightPrescription(
  input: PrescribeInput,
  exercise: Exercise,
  { focus, targetReps, sets, state }: Targets,
): Prescription {
  const { unit } = input;
  // Only advanced lifters add load, and only once progression has earned it.
  const added =
    input.level === 'advanced' && state?.load
      ? snapToLoadable(convert(state.load, unit).value, 'bodyweight', unit, 'nearest')
      : 0;
  const load: Weight | null = added > 0 ? { value: added, unit } : null;
  const restSeconds = restSecondsFor(focus, input.level, exercise.kind === 'compound');
  const numbers: Omit<LoadReason, 'text'> = {
    code: load ? 'bodyweight-added-load' : 'bodyweight-reps',
    percentOfMax: null,
    oneRepMax: null,
    targetReps,
    repsInReserve: DEFAULT_REPS_IN_RESERVE,
  };
  const reason: LoadReason = { ...numbers, text: loadReasonText(numbers, exercise.name, load) };
  return {
    exerciseId: exercise.id,
    exerciseName: exercise.name,
    focus,
    unit,
    warmUpSets: bodyweightWarmUp(targetReps, unit),
    workingSets: Array.from({ length: sets }, (_, index) => ({
      setNumber: index + 1,
      targetReps,
      load,
      repsInReserve: DEFAULT_REPS_IN_RESERVE,
      restSeconds,
    })),
    restSeconds,
    percentOfMax: null,
    reason,
  };
}
