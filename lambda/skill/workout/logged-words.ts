import type { Weight } from '../../rules';
import type { Speaker } from '../i18n';
import { integerToWords, sayReps, sayWeight } from '../speech/numbers';
import { capitalised } from './describe';

/** "eight at sixty kilos" / "eight reps", for the middle of a sentence. */
export function setPhrase(reps: number, load: Weight | null): string {
  return load ? `${integerToWords(reps)} at ${sayWeight(load)}` : sayReps(reps);
}

/** "Eight at sixty kilos" / "Eight reps": the set confirmed implicitly, numbers as lifters say them. */
export function setWords(reps: number, load: Weight | null): string {
  return capitalised(setPhrase(reps, load));
}

export function loggedSentence(speaker: Speaker, reps: number, load: Weight | null, failed: boolean): string {
  return speaker.say(failed ? 'workout.loggedFailed' : 'workout.logged', { what: setWords(reps, load) });
}
