import { findExercise } from './catalog';
import type { PlannedExercise } from './types';
import { feederSets } from './warm-up';

/**
 * A lift placed after another that already worked its main muscle needs only feeder sets, not the
 * full ramp again (incline press after bench press: the chest and shoulders are warm).
 */
export function withFeederWarmUps(planned: readonly PlannedExercise[]): PlannedExercise[] {
  const warmed = new Set<string>();
  return planned.map((item) => {
    const exercise = findExercise(item.exerciseId);
    const main = exercise?.muscles[0];
    const alreadyWarm = main !== undefined && warmed.has(main);
    for (const muscle of exercise?.muscles ?? []) warmed.add(muscle);
    if (!alreadyWarm || item.status !== 'ready' || !exercise || exercise.bodyweight) return item;
    const working = item.prescription.workingSets[0]?.load;
    if (!working) return item;
    return { ...item, prescription: { ...item.prescription, warmUpSets: feederSets(exercise, working) } };
  });
}
