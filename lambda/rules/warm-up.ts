import { loadStepFor, minimumLoad, snapToLoadable } from './loading';
import type { Exercise, WarmUpSet, Weight } from './types';

// The ramp before heavy barbell work: the empty bar for ten, then 40%, 60% and 80% of the working
// load for fewer reps each, so the last warm-up primes without tiring.
const barbellRamp = [
  { share: 0.4, reps: 5 },
  { share: 0.6, reps: 3 },
  { share: 0.8, reps: 2 },
];
// Other loaded lifts get one lighter set to groove the movement: the source says always warm up.
const singleWarmUp = [{ share: 0.5, reps: 8 }];

// A lift whose muscles an earlier lift already warmed needs only feeder sets to groove its own path.
const barbellFeeders = [
  { share: 0.6, reps: 3 },
  { share: 0.8, reps: 2 },
];
const singleFeeder = [{ share: 0.6, reps: 5 }];

/** One or two feeder sets below the working load, for a lift placed after one that warmed its muscles. */
export function feederSets(exercise: Exercise, working: Weight): WarmUpSet[] {
  return ascending(exercise.needsWarmUpRamp ? barbellFeeders : singleFeeder, exercise, working, []);
}

/**
 * "Always warm up" holds for the body alone too: one easy set of about half the working reps, on
 * the body alone (a load of zero), before the first working set.
 */
export function bodyweightWarmUp(targetReps: number, unit: Weight['unit']): WarmUpSet[] {
  return [
    {
      load: { value: 0, unit },
      reps: Math.max(3, Math.round(targetReps / 2)),
      percentOfWorkingLoad: 0,
      isEmptyBar: false,
    },
  ];
}

/** Warm-up sets that ascend strictly and stay below the working load. */
export function warmUpSets(exercise: Exercise, working: Weight): WarmUpSet[] {
  // Added load on a bodyweight lift gets no ramp: the body alone is its warm-up (`bodyweightWarmUp`).
  if (exercise.bodyweight) return [];
  const { unit } = working;
  const floor = minimumLoad(exercise.equipment, unit);
  const sets: WarmUpSet[] = [];
  if (exercise.needsWarmUpRamp && working.value > floor) {
    sets.push({ load: { value: floor, unit }, reps: 10, percentOfWorkingLoad: 0, isEmptyBar: true });
  }
  const ramp = exercise.needsWarmUpRamp ? barbellRamp : singleWarmUp;
  ascending(ramp, exercise, working, sets);
  return exercise.needsWarmUpRamp ? withSmallJumps(sets, exercise, working) : sets;
}

function ascending(
  ramp: readonly { share: number; reps: number }[],
  exercise: Exercise,
  working: Weight,
  sets: WarmUpSet[],
): WarmUpSet[] {
  const { unit } = working;
  for (const { share, reps } of ramp) {
    const value = snapToLoadable(working.value * share, exercise.equipment, unit, 'down');
    const previous = sets[sets.length - 1]?.load.value ?? 0;
    if (value > previous && value < working.value) {
      sets.push({
        load: { value, unit },
        reps,
        percentOfWorkingLoad: Math.round((value / working.value) * 100),
        isEmptyBar: false,
      });
    }
  }
  return sets;
}

/** No warm-up jump, and no jump into the first working set, is more than about a fifth of the work. */
const LARGEST_WARM_UP_JUMP = 0.2;

/** Fills the gaps a heavy working load leaves in the ramp (a 255 kg squat: 20 → 60 → 102.5 → …). */
function withSmallJumps(sets: WarmUpSet[], exercise: Exercise, working: Weight): WarmUpSet[] {
  // One loadable step of slack: rounding alone must not add a set to a light ramp.
  const largest = working.value * LARGEST_WARM_UP_JUMP + loadStepFor(exercise.equipment, working.unit);
  const filled: WarmUpSet[] = [];
  for (const set of sets) {
    const previous = filled.at(-1);
    if (previous) filled.push(...between(previous, set.load.value, largest, exercise, working));
    filled.push(set);
  }
  const last = filled.at(-1);
  if (last) filled.push(...between(last, working.value, largest, exercise, working));
  return filled;
}

function between(
  from: WarmUpSet,
  to: number,
  largest: number,
  exercise: Exercise,
  working: Weight,
): WarmUpSet[] {
  const gaps = Math.ceil((to - from.load.value) / largest - 1e-9);
  const added: WarmUpSet[] = [];
  for (let index = 1; index < gaps; index += 1) {
    const wanted = from.load.value + ((to - from.load.value) * index) / gaps;
    const value = snapToLoadable(wanted, exercise.equipment, working.unit, 'nearest');
    const before = added.at(-1)?.load.value ?? from.load.value;
    if (value <= before || value >= to) continue;
    added.push({
      load: { value, unit: working.unit },
      reps: Math.max(2, from.isEmptyBar ? 5 : from.reps),
      percentOfWorkingLoad: Math.round((value / working.value) * 100),
      isEmptyBar: false,
    });
  }
  return added;
}
