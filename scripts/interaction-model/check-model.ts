import type { InteractionModelJson } from './types';

// Alexa's build rejects or silently weakens a model that breaks these rules; checking them here turns
// a failed console build into a failed test with the offending sample named.

export const maxSampleLength = 200;

/** Built-in slot types this skill uses; any other non-custom type is a typo. */
export const builtInSlotTypes: ReadonlySet<string> = new Set([
  'AMAZON.NUMBER',
  'AMAZON.DURATION',
  'AMAZON.DayOfWeek',
  'AMAZON.DATE',
  'AMAZON.TIME',
]);

const slotReference = /\{([^{}]*)\}/g;
// Letters, spaces, in-word apostrophes, periods after single letters ("p. r."), and slot references.
const allowedCharacters = /^[A-Za-z' .{}]+$/;

export function findSampleProblems(sample: string, declaredSlots: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (sample.length > maxSampleLength) problems.push(`longer than ${maxSampleLength} characters`);
  if (/\d/.test(sample)) problems.push('contains a digit (numbers are spoken through slots)');
  if (!allowedCharacters.test(sample)) problems.push('contains punctuation Alexa does not accept');
  if (sample !== sample.trim() || /\s{2,}/.test(sample)) problems.push('has stray whitespace');
  const withoutSlots = sample.replace(slotReference, ' ');
  for (const word of withoutSlots.split(' ').filter(Boolean)) {
    if (word.includes('.') && !/^([A-Za-z]\.)+$/.test(word)) {
      problems.push(`"${word}": a period only belongs after a single letter of an abbreviation`);
    }
    if (word.includes("'") && !/^[A-Za-z]+'[A-Za-z]+$/.test(word)) {
      problems.push(`"${word}": an apostrophe only belongs inside a word`);
    }
  }
  if (/\}\S|\S\{/.test(sample)) problems.push('a slot is not separated from its neighbours by spaces');
  const referenced = [...sample.matchAll(slotReference)].map((match) => match[1] ?? '');
  for (const name of referenced) {
    if (!declaredSlots.has(name)) problems.push(`{${name}} is not a slot of this intent`);
  }
  if (new Set(referenced).size !== referenced.length) problems.push('uses the same slot twice');
  return problems;
}

/** Every rule this project holds a locale's model to; an empty list means it builds cleanly. */
export function findModelProblems(model: InteractionModelJson): string[] {
  const { intents, types } = model.interactionModel.languageModel;
  const problems: string[] = [];
  const customTypes = new Set(types.map((slotType) => slotType.name));
  const intentBySample = new Map<string, string>();

  for (const intent of intents) {
    const slots = intent.slots ?? [];
    const slotNames = new Set(slots.map((slot) => slot.name));
    const isCustom = !intent.name.startsWith('AMAZON.');
    if (isCustom && intent.samples.length === 0) problems.push(`${intent.name}: has no samples`);
    for (const slot of slots) {
      if (!customTypes.has(slot.type) && !builtInSlotTypes.has(slot.type)) {
        problems.push(`${intent.name}.${slot.name}: slot type ${slot.type} is not defined`);
      }
      if (!intent.samples.some((sample) => sample.includes(`{${slot.name}}`))) {
        problems.push(`${intent.name}.${slot.name}: no sample uses this slot`);
      }
    }
    for (const sample of intent.samples) {
      for (const problem of findSampleProblems(sample, slotNames)) {
        problems.push(`${intent.name} "${sample}": ${problem}`);
      }
      const key = sample.toLowerCase();
      const owner = intentBySample.get(key);
      if (owner !== undefined) problems.push(`"${sample}" is a sample of both ${owner} and ${intent.name}`);
      else intentBySample.set(key, intent.name);
    }
  }

  for (const slotType of types) {
    const ids = slotType.values.map((value) => value.id);
    if (new Set(ids).size !== ids.length) problems.push(`${slotType.name}: value ids are not unique`);
    const spokenBy = new Map<string, string>();
    for (const value of slotType.values) {
      for (const spoken of [value.name.value, ...(value.name.synonyms ?? [])]) {
        const key = spoken.toLowerCase();
        const owner = spokenBy.get(key);
        // One phrase under two ids makes entity resolution ambiguous for every lifter who says it.
        if (owner !== undefined && owner !== value.id) {
          problems.push(`${slotType.name}: "${spoken}" resolves to both ${owner} and ${value.id}`);
        }
        spokenBy.set(key, value.id);
      }
    }
  }
  return problems;
}
