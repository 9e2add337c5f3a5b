import type { Weight } from '../../rules';

/** The one place an estimated max is rounded for speech; the rules may later round as a lifter would. */
export function roundedForSpeech(weight: Weight): Weight {
  return { value: Math.round(weight.value * 2) / 2, unit: weight.unit };
}
