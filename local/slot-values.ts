import type { SlotInput } from './alexa-requests';
import type { ModelSlotType } from './interaction-model';
import { parseSpokenDuration } from './spoken-durations';
import { parseSpokenNumber } from './spoken-numbers';
import { parseSpokenTime } from './spoken-times';
import { tokenize } from './utterance-text';

/**
 * Turns the words captured for a slot into the slot Alexa would send: built-in numbers and
 * durations in their normalised form, custom values resolved to their id by entity resolution.
 */
export interface SlotFill {
  input: SlotInput;
  /** False when Alexa would still send the slot but could not make sense of it. */
  resolved: boolean;
}

interface ValueEntry {
  id: string;
  name: string;
}

/** Longest capture a lenient match may give an unresolved slot: more than this is not a slot value. */
const lenientMaximumTokens: Record<string, number> = { 'AMAZON.NUMBER': 2, 'AMAZON.DURATION': 3 };
const lenientMaximumCustomTokens = 4;

export class SlotValueResolver {
  private readonly valuesByType = new Map<string, Map<string, ValueEntry>>();

  constructor(types: readonly ModelSlotType[]) {
    for (const type of types) {
      const entries = new Map<string, ValueEntry>();
      for (const value of type.values) {
        const entry = { id: value.id ?? value.name.value, name: value.name.value };
        for (const phrase of [value.name.value, ...(value.name.synonyms ?? [])]) {
          const key = tokenize(phrase).join(' ');
          if (key && !entries.has(key)) entries.set(key, entry);
        }
      }
      this.valuesByType.set(type.name, entries);
    }
  }

  /** The slot for these words, or undefined when the words cannot fill it (even leniently). */
  fill(slotType: string, tokens: readonly string[], lenient: boolean): SlotFill | undefined {
    const spoken = tokens.join(' ');
    if (slotType === 'AMAZON.NUMBER') {
      const number = parseSpokenNumber(tokens);
      if (number !== undefined) return { input: String(number), resolved: true };
      return this.unresolvedBuiltin(slotType, tokens, lenient);
    }
    if (slotType === 'AMAZON.DURATION') {
      const duration = parseSpokenDuration(tokens);
      if (duration !== undefined) return { input: duration, resolved: true };
      return this.unresolvedBuiltin(slotType, tokens, lenient);
    }
    if (slotType === 'AMAZON.TIME') {
      const time = parseSpokenTime(tokens);
      if (time !== undefined) return { input: time, resolved: true };
      return lenient ? { input: spoken, resolved: false } : undefined;
    }
    const values = this.valuesByType.get(slotType);
    // Other built-in types (names, cities) take any words, as Alexa passes them through.
    if (!values) return { input: spoken, resolved: true };
    const entry = lookUp(values, tokens);
    if (entry)
      return { input: { value: spoken, id: entry.id, name: entry.name, type: slotType }, resolved: true };
    if (!lenient || tokens.length > lenientMaximumCustomTokens) return undefined;
    return { input: { value: spoken, match: false, type: slotType }, resolved: false };
  }

  private unresolvedBuiltin(
    slotType: string,
    tokens: readonly string[],
    lenient: boolean,
  ): SlotFill | undefined {
    // Alexa sends "?" for a number or duration it heard but could not understand.
    if (!lenient || tokens.length > (lenientMaximumTokens[slotType] ?? 1)) return undefined;
    if (tokens.some((token) => /\d/.test(token))) return undefined;
    return { input: '?', resolved: false };
  }
}

/** Exact phrase first, then the singular/plural twin ("squats" for "squat"), as Alexa's ER forgives that. */
function lookUp(values: Map<string, ValueEntry>, tokens: readonly string[]): ValueEntry | undefined {
  const key = tokens.join(' ');
  const exact = values.get(key);
  if (exact) return exact;
  if (key.endsWith('es') && values.has(key.slice(0, -2))) return values.get(key.slice(0, -2));
  if (key.endsWith('s') && values.has(key.slice(0, -1))) return values.get(key.slice(0, -1));
  return values.get(`${key}s`);
}
