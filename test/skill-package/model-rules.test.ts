import { describe, expect, it } from 'vitest';
import { findModelProblems, findSampleProblems } from '../../scripts/interaction-model/check-model';
import { expandSample, expandSamples } from '../../scripts/interaction-model/expand-samples';
import { spellForLocale } from '../../scripts/interaction-model/locale-spelling';
import type {
  InteractionModelJson,
  ModelIntentJson,
  ModelSlotTypeJson,
} from '../../scripts/interaction-model/types';

// The checker guards every generated model, so each rule is shown to catch what Alexa would reject.

function model(intents: ModelIntentJson[], types: ModelSlotTypeJson[] = []): InteractionModelJson {
  return { interactionModel: { languageModel: { invocationName: 'lift coach', intents, types } } };
}

const unitType: ModelSlotTypeJson = {
  name: 'UnitType',
  values: [
    { id: 'kg', name: { value: 'kilos', synonyms: ['kg'] } },
    { id: 'lb', name: { value: 'pounds' } },
  ],
};

describe('a sample', () => {
  const slots = new Set(['reps', 'weight', 'unit']);

  it.each(['I did {reps}', "what's my p. r.", 'got {reps} at {weight} {unit}', '{reps}'])(
    '"%s" is accepted',
    (sample) => {
      expect(findSampleProblems(sample, slots)).toEqual([]);
    },
  );

  it.each([
    ['I did 8', 'digit'],
    ['I did {reps}!', 'punctuation'],
    ['ready, set', 'punctuation'],
    ['next-set', 'punctuation'],
    ['what is next?', 'punctuation'],
    ['I did {sets}', 'not a slot of this intent'],
    ['{reps} at {reps}', 'same slot twice'],
    ['{weight}{unit}', 'not separated'],
    ['I did {reps}reps', 'not separated'],
    ['done. next', 'period'],
    ["'ready", 'apostrophe'],
    ['ready  now', 'whitespace'],
    [`ready ${'a'.repeat(200)}`, 'longer than 200'],
  ])('"%s" is rejected (%s)', (sample, reason) => {
    expect(findSampleProblems(sample, slots).join(' ')).toContain(reason);
  });
});

describe('a model', () => {
  it('is clean when every rule holds', () => {
    const clean = model(
      [
        { name: 'LogSetIntent', slots: [{ name: 'reps', type: 'AMAZON.NUMBER' }], samples: ['I did {reps}'] },
        { name: 'SetUnitsIntent', slots: [{ name: 'unit', type: 'UnitType' }], samples: ['use {unit}'] },
        { name: 'AMAZON.StopIntent', samples: [] },
      ],
      [unitType],
    );
    expect(findModelProblems(clean)).toEqual([]);
  });

  it('may not give one sample to two intents, whatever its case', () => {
    const problems = findModelProblems(
      model([
        { name: 'NextSetIntent', samples: ['ready'] },
        { name: 'StartWorkoutIntent', samples: ['Ready'] },
      ]),
    );
    expect(problems).toEqual(['"Ready" is a sample of both NextSetIntent and StartWorkoutIntent']);
  });

  it('needs samples for a custom intent, and a sample for every slot', () => {
    const problems = findModelProblems(
      model([
        { name: 'NextSetIntent', samples: [] },
        {
          name: 'LogSetIntent',
          slots: [
            { name: 'reps', type: 'AMAZON.NUMBER' },
            { name: 'weight', type: 'AMAZON.NUMBER' },
          ],
          samples: ['I did {reps}'],
        },
      ]),
    );
    expect(problems).toEqual([
      'NextSetIntent: has no samples',
      'LogSetIntent.weight: no sample uses this slot',
    ]);
  });

  it('needs every slot type to exist', () => {
    const problems = findModelProblems(
      model([
        { name: 'SetUnitsIntent', slots: [{ name: 'unit', type: 'UnitType' }], samples: ['use {unit}'] },
      ]),
    );
    expect(problems).toEqual(['SetUnitsIntent.unit: slot type UnitType is not defined']);
  });

  it('needs unique ids and one id per spoken phrase in a slot type', () => {
    const problems = findModelProblems(
      model(
        [],
        [
          {
            name: 'UnitType',
            values: [
              { id: 'kg', name: { value: 'kilos', synonyms: ['pounds'] } },
              { id: 'lb', name: { value: 'pounds' } },
              { id: 'lb', name: { value: 'lbs' } },
            ],
          },
        ],
      ),
    );
    expect(problems).toEqual([
      'UnitType: value ids are not unique',
      'UnitType: "pounds" resolves to both kg and lb',
    ]);
  });
});

describe('sample patterns', () => {
  it('expand each alternation, an empty branch making it optional', () => {
    expect(expandSample("(what's|what is) my workout( today|)")).toEqual([
      "what's my workout today",
      "what's my workout",
      'what is my workout today',
      'what is my workout',
    ]);
  });

  it('leave a plain sample as it is and drop repeats across patterns', () => {
    expect(expandSamples(['ready', '(ready|next set)'])).toEqual(['ready', 'next set']);
  });

  it('collapse the spaces an empty branch leaves behind', () => {
    expect(expandSample('(I did|) {reps}')).toEqual(['I did {reps}', '{reps}']);
  });
});

describe('locale spelling', () => {
  it('is British in en-GB, en-AU and en-IN and American in en-US and en-CA', () => {
    expect(spellForLocale("what's my program today", 'en-GB')).toBe("what's my programme today");
    expect(spellForLocale("what's my program today", 'en-AU')).toBe("what's my programme today");
    expect(spellForLocale("what's my program today", 'en-IN')).toBe("what's my programme today");
    expect(spellForLocale("what's my program today", 'en-US')).toBe("what's my program today");
    expect(spellForLocale("what's my program today", 'en-CA')).toBe("what's my program today");
  });

  it('changes whole words only', () => {
    expect(spellForLocale('programming', 'en-GB')).toBe('programming');
  });
});
