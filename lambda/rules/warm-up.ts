import { minimumLoad, snapToLoadable } from './loading';
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

/** Warm-up sets that ascend strictly and stay below the working load. */
export function warmUpSets(exercise: Exercise, working: Weight): WarmUpSet[] {
  if (exercise.bodyweight) return [];
  const { unit } = working;
  const floor = minimumLoad(exercise.equipment, unit);
  const sets: WarmUpSet[] = [];
  if (exercise.needsWarmUpRamp && working.value > floor) {
    sets.push({ load: { value: floor, unit }, reps: 10, percentOfWorkingLoad: 0, isEmptyBar: true });
  }
  const ramp = exercise.needsWarmUpRamp ? barbellRamp : singleWarmUp;
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
