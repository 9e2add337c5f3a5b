import type { SlotInputs } from './alexa-requests';
import type { SlotValueResolver } from './slot-values';
import { type SamplePart, sampleParts } from './utterance-text';

/**
 * Matches typed words against one sample utterance ("I did {reps} at {weight} {unit}"): literal
 * words must be said as written, each slot takes one or more words its type accepts.
 */
export interface CompiledSample {
  intent: string;
  text: string;
  parts: readonly SamplePart[];
  literals: readonly string[];
  /** Slot name → slot type, for this intent. */
  slotTypes: ReadonlyMap<string, string>;
  /** Model samples win over the console's own built-in phrasings on a tie. */
  fromModel: boolean;
  /** Position in the model, the last tie-breaker, so results never depend on chance. */
  order: number;
}

export interface SampleMatch {
  sample: CompiledSample;
  slots: SlotInputs;
  /** Every slot resolved (no ER_SUCCESS_NO_MATCH, no "?"). */
  strict: boolean;
  slotWords: number;
}

/** A slot never spans more words than this; it keeps the search small. */
const longestSlotCapture = 8;
/** A lenient match needs this much carrier phrase, or any sentence would fill a bare "{slot}". */
const lenientMinimumLiterals = 2;

export function compileSample(
  intent: string,
  text: string,
  slotTypes: ReadonlyMap<string, string>,
  fromModel: boolean,
  order: number,
): CompiledSample | undefined {
  const parts = sampleParts(text);
  const literals = parts.flatMap((part) => ('literal' in part ? [part.literal] : []));
  // A sample naming a slot the intent does not declare cannot be built by Alexa either.
  if (parts.some((part) => 'slot' in part && !slotTypes.has(part.slot))) return undefined;
  if (parts.length === 0) return undefined;
  return { intent, text, parts, literals, slotTypes, fromModel, order };
}

export function matchSample(
  sample: CompiledSample,
  tokens: readonly string[],
  values: SlotValueResolver,
  lenient: boolean,
): SampleMatch | undefined {
  if (lenient && sample.literals.length < lenientMinimumLiterals) return undefined;
  const said = new Set(tokens);
  if (!sample.literals.every((literal) => said.has(literal))) return undefined;
  let best: SampleMatch | undefined;
  const search = (
    partIndex: number,
    tokenIndex: number,
    slots: SlotInputs,
    strict: boolean,
    slotWords: number,
  ) => {
    const part = sample.parts[partIndex];
    if (part === undefined) {
      if (tokenIndex !== tokens.length) return;
      const candidate = { sample, slots: { ...slots }, strict, slotWords };
      if (!best || (candidate.strict && !best.strict)) best = candidate;
      return;
    }
    if ('literal' in part) {
      if (tokens[tokenIndex] === part.literal)
        search(partIndex + 1, tokenIndex + 1, slots, strict, slotWords);
      return;
    }
    const slotType = sample.slotTypes.get(part.slot) ?? '';
    const remainingParts = sample.parts.length - partIndex - 1;
    const longest = Math.min(longestSlotCapture, tokens.length - tokenIndex - remainingParts);
    for (let length = 1; length <= longest; length++) {
      const fill = values.fill(slotType, tokens.slice(tokenIndex, tokenIndex + length), lenient);
      if (!fill) continue;
      slots[part.slot] = fill.input;
      search(partIndex + 1, tokenIndex + length, slots, strict && fill.resolved, slotWords + length);
      delete slots[part.slot];
    }
  };
  search(0, 0, {}, true, 0);
  return best;
}

/** Negative when `a` is the better (more specific) match. */
export function compareMatches(a: SampleMatch, b: SampleMatch): number {
  if (a.strict !== b.strict) return a.strict ? -1 : 1;
  if (a.sample.literals.length !== b.sample.literals.length) {
    return b.sample.literals.length - a.sample.literals.length;
  }
  if (a.sample.fromModel !== b.sample.fromModel) return a.sample.fromModel ? -1 : 1;
  return a.sample.order - b.sample.order;
}
