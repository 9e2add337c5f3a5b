import type { ProgressionState } from '../rules';

export { isBodyweightLift } from '../rules';

import type { BodyweightBest, LiftSnapshot } from '../store';
import type { Speaker } from './i18n';
import { integerToWords, sayReps, sayWeight, writeWeight } from './speech/numbers';

// A bodyweight lift has no one-rep max: its progress is what the lifter did (reps, and reps with a
// plate added) and what comes next. Items stored before that rule may still hold a "max" from the
// added load alone; nothing here reads it.

/** "eight reps", or "four reps with five kilos added". */
export function sayBodyweightSet(
  speaker: Speaker,
  set: { reps: number; load: BodyweightBest['load'] },
): string {
  const reps = sayReps(set.reps);
  return set.load && set.load.value > 0
    ? speaker.fixed('bodyweightProgress.withAdded', { reps, load: sayWeight(set.load) })
    : reps;
}

/** "twelve reps of pull-up", or "four reps of pull-up with five kilos added". */
export function sayBodyweightSetOf(
  speaker: Speaker,
  exercise: string,
  set: { reps: number; load: BodyweightBest['load'] },
): string {
  const reps = sayReps(set.reps);
  return set.load && set.load.value > 0
    ? speaker.fixed('bodyweightProgress.setOfWithAdded', { reps, exercise, load: sayWeight(set.load) })
    : speaker.fixed('bodyweightProgress.setOf', { reps, exercise });
}

/** "three sets of seven reps", or "three sets of four reps with five kilos added". */
export function sayBodyweightTargets(speaker: Speaker, targets: ProgressionState): string {
  return speaker.fixed('bodyweightProgress.targets', {
    sets: integerToWords(targets.sets),
    set: sayBodyweightSet(speaker, { reps: targets.targetReps, load: targets.load }),
  });
}

/** "8 reps", or "4 reps +5 kg", for the screen. */
export function writeBodyweightSet(set: { reps: number; load: BodyweightBest['load'] }): string {
  const reps = `${set.reps} ${set.reps === 1 ? 'rep' : 'reps'}`;
  return set.load && set.load.value > 0 ? `${reps} +${writeWeight(set.load)}` : reps;
}

/** "How is my pull-up going?": the best set and next session's targets, never a max. */
export function bodyweightProgressLine(speaker: Speaker, exercise: string, stats: LiftSnapshot | undefined) {
  const best = stats?.bestBodyweightSet;
  const next = stats?.progression ? sayBodyweightTargets(speaker, stats.progression) : null;
  if (best && next)
    return speaker.fixed('bodyweightProgress.progress', {
      exercise,
      best: sayBodyweightSet(speaker, best),
      next,
    });
  if (best)
    return speaker.fixed('bodyweightProgress.best', { exercise, best: sayBodyweightSet(speaker, best) });
  if (next) return speaker.fixed('bodyweightProgress.nextOnly', { exercise, next });
  return null;
}
