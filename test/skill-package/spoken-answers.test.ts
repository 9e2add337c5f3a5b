import { describe, expect, it } from 'vitest';
import { parseInteractionModel } from '../../local/interaction-model';
import { createUtteranceResolver, type Resolution } from '../../local/utterance-resolver';
import { skillLocales } from '../../scripts/interaction-model/types';
import { readInteractionModel } from './skill-package-files';

// What a lifter says in answer to the coach's questions, resolved against the committed model the
// way the console resolves it: each must reach the intent the skill handles in that state.

type Intent = Extract<Resolution, { kind: 'intent' }>;

function resolverFor(locale: (typeof skillLocales)[number]) {
  return createUtteranceResolver(parseInteractionModel(readInteractionModel(locale)));
}

function slotValue(resolution: Intent, name: string): string | undefined {
  const slot = resolution.slots[name];
  if (slot === undefined) return undefined;
  if (typeof slot !== 'object') return String(slot);
  return 'id' in slot ? slot.id : slot.value;
}

describe.each(skillLocales)('the %s model hears', (locale) => {
  const resolver = resolverFor(locale);
  const resolve = (text: string): Intent => {
    const resolution = resolver.resolve(text);
    if (resolution.kind !== 'intent') throw new Error(`${text} launched the skill`);
    return resolution;
  };

  it.each([
    ['twenty kilos', '20', undefined, 'kg'],
    ['one thirty five pounds', '135', undefined, 'lb'],
    ['a hundred and two point five kilos', '102', '5', 'kg'],
    ['I used sixty kilos', '60', undefined, 'kg'],
  ])('a bare weight "%s" as the answer to "What weight did you use?"', (text, weight, decimal, unit) => {
    const resolution = resolve(text);
    expect(resolution.intent).toBe('LogSetIntent');
    expect(slotValue(resolution, 'weight')).toBe(weight);
    expect(slotValue(resolution, 'weightDecimal')).toBe(decimal);
    expect(slotValue(resolution, 'unit')).toBe(unit);
    expect(slotValue(resolution, 'reps')).toBeUndefined();
  });

  it.each([
    ['I did eight', '8'],
    ['eight', '8'],
    ['eight reps', '8'],
    ['got six at a hundred kilos', '6'],
  ])('"%s" still as reps, never as a weight', (text, reps) => {
    const resolution = resolve(text);
    expect(resolution.intent).toBe('LogSetIntent');
    expect(slotValue(resolution, 'reps')).toBe(reps);
  });

  it.each([
    ['what is my best squat', 'squat'],
    ["what's my best bench", 'bench-press'],
    ['what is my best bench press', 'bench-press'],
    ['what is my best lift', undefined],
    ['what is my best', undefined],
  ])('"%s" as a question about the best lift', (text, exercise) => {
    const resolution = resolve(text);
    expect(resolution.intent).toBe('MyBestIntent');
    expect(slotValue(resolution, 'exercise')).toBe(exercise);
  });

  it.each([
    ['what is my progress', undefined],
    ['how is my squat going', 'squat'],
    ["what's my bench progress", 'bench-press'],
    ['what is my progress on deadlift', 'deadlift'],
  ])('"%s" as a question about progress', (text, exercise) => {
    const resolution = resolve(text);
    expect(resolution.intent).toBe('MyProgressIntent');
    expect(slotValue(resolution, 'exercise')).toBe(exercise);
  });
});
