import type { Weight } from '../../rules';
import type { Speaker } from '../i18n';
import { integerToWords, sayReps, sayWeight } from '../speech/numbers';
import { capitalised } from './describe';

/** "Eight at sixty kilos" / "Eight reps": the set confirmed implicitly, numbers as lifters say them. */
export function setWords(reps: number, load: Weight | null): string {
  return load ? capitalised(`${integerToWords(reps)} at ${sayWeight(load)}`) : capitalised(sayReps(reps));
}

export function loggedSentence(speaker: Speaker, reps: number, load: Weight | null, failed: boolean): string {
  return speaker.say(failed ? 'workout.loggedFailed' : 'workout.logged', { what: setWords(reps, load) });
}
