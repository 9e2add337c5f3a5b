import { equipmentLoadSteps } from './catalog';
import { fail, isValidWeight, ok } from './result';
import type { Equipment, RuleResult, Unit, Weight } from './types';
import { convert } from './units';
import { isEquipment } from './validate';

/** An empty Olympic bar: 20 kg, or 45 lb where lifters load pounds. */
export const barWeights: Readonly<Record<Unit, number>> = { kg: 20, lb: 45 };

/** Plates a home or garage gym usually has, heaviest first (one side of the bar). */
export const plateSizes: Readonly<Record<Unit, readonly number[]>> = {
  kg: [25, 20, 15, 10, 5, 2.5, 1.25],
  lb: [45, 35, 25, 10, 5, 2.5],
};

// Float noise (e.g. 0.1 + 0.2) must not push a load onto the wrong step.
const EPSILON = 1e-9;

export function loadStepFor(equipment: Equipment, unit: Unit): number {
  return equipmentLoadSteps[equipment][unit];
}

/** The lightest load the equipment can hold: the empty bar, one dumbbell step, one pin, or nothing added. */
export function minimumLoad(equipment: Equipment, unit: Unit): number {
  if (equipment === 'barbell') return barWeights[unit];
  if (equipment === 'bodyweight') return 0;
  return loadStepFor(equipment, unit);
}

export type RoundingDirection = 'nearest' | 'down' | 'up';

/** A value on the equipment's grid of loads (min + k·step), never below its minimum. */
export function snapToLoadable(
  value: number,
  equipment: Equipment,
  unit: Unit,
  direction: RoundingDirection = 'nearest',
): number {
  const step = loadStepFor(equipment, unit);
  const floor = minimumLoad(equipment, unit);
  const stepsAboveFloor = (value - floor) / step;
  const rounders = { nearest: Math.round, down: Math.floor, up: Math.ceil };
  const steps = rounders[direction](
    direction === 'down'
      ? stepsAboveFloor + EPSILON
      : direction === 'up'
        ? stepsAboveFloor - EPSILON
        : stepsAboveFloor,
  );
  // Keep to the step's precision so 2.5-kg grids never print as 102.49999.
  return Number((floor + Math.max(0, steps) * step).toFixed(4));
}

/** A weight rounded to what the equipment can load, in the weight's own unit. */
export function roundToLoadable(
  weight: Weight,
  equipment: Equipment,
  direction: RoundingDirection = 'nearest',
): RuleResult<Weight> {
  if (!isValidWeight(weight)) {
    return fail('invalid-weight', 'A weight must be a positive, finite number of kg or lb.');
  }
  if (!isEquipment(equipment)) return fail('invalid-equipment', `Unknown equipment "${String(equipment)}".`);
  return ok({ value: snapToLoadable(weight.value, equipment, weight.unit, direction), unit: weight.unit });
}

export interface PlateBreakdown {
  bar: Weight;
  /** Plates on each side, heaviest first. */
  platesPerSide: Weight[];
  /** What the bar and plates add up to (the load rounded to loadable plates). */
  total: Weight;
}

/** The plates for one side of the bar, from the heaviest down. */
export function plateBreakdown(total: Weight, unit: Unit = total.unit): RuleResult<PlateBreakdown> {
  if (!isValidWeight(total)) {
    return fail('invalid-weight', 'A weight must be a positive, finite number of kg or lb.');
  }
  if (unit !== 'kg' && unit !== 'lb') return fail('invalid-unit', 'Plates come in kg or lb.');
  const target = convert(total, unit).value;
  const bar = barWeights[unit];
  if (target < bar - EPSILON) {
    return fail('below-bar-weight', `The empty bar alone weighs ${bar} ${unit}.`);
  }
  let perSide = snapToLoadable(target, 'barbell', unit, 'nearest');
  perSide = (perSide - bar) / 2;
  const platesPerSide: Weight[] = [];
  for (const plate of plateSizes[unit]) {
    while (perSide >= plate - EPSILON) {
      platesPerSide.push({ value: plate, unit });
      perSide -= plate;
    }
  }
  const loaded = bar + 2 * platesPerSide.reduce((sum, plate) => sum + plate.value, 0);
  return ok({ bar: { value: bar, unit }, platesPerSide, total: { value: Number(loaded.toFixed(4)), unit } });
}
