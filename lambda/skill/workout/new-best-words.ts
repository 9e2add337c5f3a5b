import { sayBodyweightSetOf, writeBodyweightSet } from '../bodyweight-progress';
import type { Speaker } from '../i18n';
import { joinWords } from '../speech/numbers';
import type { NewBest } from './new-bests';

/**
 * "New best on bench press!", and a bodyweight lift's in reps: "New best: twelve reps of pull-up!"
 * (a lift whose load is the body has no max to say). Empty when the workout set none.
 */
export function sayNewBests(speaker: Speaker, bests: readonly NewBest[]): string {
  const loaded = bests.flatMap((best) => (best.kind === 'loaded' ? [best.name] : []));
  const bodyweight = bests.flatMap((best) =>
    best.kind === 'bodyweight' ? [sayBodyweightSetOf(speaker, best.name, best.set)] : [],
  );
  return [
    loaded.length > 0 ? speaker.fixed('endWorkout.records', { lifts: joinWords(loaded) }) : '',
    bodyweight.length > 0
      ? speaker.fixed(
          bodyweight.length === 1 ? 'endWorkout.bodyweightRecord' : 'endWorkout.bodyweightRecords',
          {
            sets: joinWords(bodyweight),
          },
        )
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** "bench press", or "pull-up 12 reps +5 kg": one new best on the card and the screen. */
export function writeNewBest(best: NewBest): string {
  return best.kind === 'bodyweight' ? `${best.name} ${writeBodyweightSet(best.set)}` : best.name;
}
