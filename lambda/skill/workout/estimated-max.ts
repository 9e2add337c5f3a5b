import { roundedEstimate, type Weight } from '../../rules';

/** The one place an estimated max is rounded for speech: as a lifter rounds it ("about 170 pounds"). */
export function roundedForSpeech(weight: Weight): Weight {
  return roundedEstimate(weight);
}
