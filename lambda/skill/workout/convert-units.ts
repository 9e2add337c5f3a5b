import { convert, findExercise, roundToLoadable, type Unit, type Weight } from '../../rules';
import type { ActiveWorkout } from '../../store';

/** A planned load in the other unit, rounded to what can be loaded on that lift's equipment. */
function loadableIn(weight: Weight, unit: Unit, exerciseId: string): Weight {
  if (weight.unit === unit) return weight;
  const converted = convert(weight, unit);
  const equipment = findExercise(exerciseId)?.equipment ?? 'barbell';
  const rounded = roundToLoadable(converted, equipment);
  return rounded.ok ? rounded.value : converted;
}

/** A max is not loaded on a bar: converted and kept to the half unit, not snapped to plates. */
function maxIn(weight: Weight, unit: Unit): Weight {
  if (weight.unit === unit) return weight;
  const converted = convert(weight, unit);
  return { value: Math.round(converted.value * 2) / 2, unit };
}

/**
 * Today's plan in the lifter's new unit. Sets already logged keep the unit they were lifted in
 * (they are history); every load still to come is converted so the next set is said in the new unit.
 */
export function workoutInUnit(workout: ActiveWorkout, unit: Unit): ActiveWorkout {
  const exercises = workout.plan.exercises.map((exercise) => {
    if (exercise.status !== 'ready') return exercise;
    const { prescription } = exercise;
    const id = exercise.exerciseId;
    return {
      ...exercise,
      prescription: {
        ...prescription,
        unit,
        warmUpSets: prescription.warmUpSets.map((set) => ({ ...set, load: loadableIn(set.load, unit, id) })),
        workingSets: prescription.workingSets.map((set) => ({
          ...set,
          load: set.load ? loadableIn(set.load, unit, id) : null,
        })),
        reason: {
          ...prescription.reason,
          oneRepMax: prescription.reason.oneRepMax ? maxIn(prescription.reason.oneRepMax, unit) : null,
        },
      },
    };
  });
  const target = workout.currentTarget;
  return {
    ...workout,
    plan: { ...workout.plan, exercises },
    currentTarget: target?.load
      ? { ...target, load: loadableIn(target.load, unit, target.exerciseId) }
      : target,
  };
}
