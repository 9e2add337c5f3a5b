import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { z } from 'zod';
import type { SlotInput, SlotInputs } from '../../../local/alexa-requests';

/**
 * Random but well-formed turns, drawn from the real interaction model: only intents and slots the
 * model declares, custom slot values by their ids (or unmatched, as entity resolution reports
 * words it did not know), and built-in slot values in the shapes Alexa sends ("?" included).
 */

const interactionModelSchema = z.object({
  interactionModel: z.object({
    languageModel: z.object({
      invocationName: z.string(),
      intents: z.array(
        z.object({
          name: z.string(),
          slots: z.array(z.object({ name: z.string(), type: z.string() })).optional(),
        }),
      ),
      types: z
        .array(
          z.object({
            name: z.string(),
            values: z.array(
              z.object({
                id: z.string().optional(),
                name: z.object({ value: z.string(), synonyms: z.array(z.string()).optional() }),
              }),
            ),
          }),
        )
        .optional(),
    }),
  }),
});

export type InteractionModel = z.infer<typeof interactionModelSchema>['interactionModel']['languageModel'];

export function loadInteractionModel(locale = 'en-US'): InteractionModel {
  const path = resolve(`skill-package/interactionModels/custom/${locale}.json`);
  return interactionModelSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).interactionModel.languageModel;
}

export interface GeneratedTurn {
  readonly intent: string;
  readonly slots: SlotInputs;
  readonly confirmationStatus: 'NONE' | 'CONFIRMED' | 'DENIED';
}

/** AMAZON.NUMBER as Alexa fills it: digits, sometimes a sign, "?" when it heard a number it could not read. */
const numberSlotValue = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 20 }).map(String) },
  { weight: 3, arbitrary: fc.integer({ min: 21, max: 600 }).map(String) },
  { weight: 1, arbitrary: fc.integer({ min: 601, max: 100_000_000 }).map(String) },
  { weight: 1, arbitrary: fc.integer({ min: -100, max: -1 }).map(String) },
  { weight: 1, arbitrary: fc.constant('?') },
);

/** AMAZON.DURATION as ISO 8601, including ones no rest should take. */
const durationSlotValue = fc.oneof(
  fc.integer({ min: 1, max: 600 }).map((seconds) => `PT${seconds}S`),
  fc.integer({ min: 1, max: 120 }).map((minutes) => `PT${minutes}M`),
  fc.tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 59 })).map(([m, s]) => `PT${m}M${s}S`),
  fc.constantFrom('PT1H', 'P1D', 'PT0S', '?'),
);

const unmatchedWords = fc.constantFrom('banana', 'zumba', 'flying kick', 'um', 'the thing', 'kilo grams');

function slotValueArbitrary(
  type: string,
  customTypes: Map<string, { id: string; value: string }[]>,
): fc.Arbitrary<SlotInput | undefined> {
  const absent = fc.constant(undefined);
  if (type === 'AMAZON.NUMBER')
    return fc.oneof({ weight: 1, arbitrary: absent }, { weight: 3, arbitrary: numberSlotValue });
  if (type === 'AMAZON.DURATION') return fc.oneof(absent, durationSlotValue);
  const values = customTypes.get(type);
  if (!values || values.length === 0) return fc.oneof(absent, fc.string({ maxLength: 20 }));
  const matchedValue = fc.constantFrom(...values).map(({ id, value }): SlotInput => ({ value, id, type }));
  const unmatchedValue = unmatchedWords.map((value): SlotInput => ({ value, match: false, type }));
  return fc.oneof(
    { weight: 1, arbitrary: absent },
    { weight: 4, arbitrary: matchedValue },
    { weight: 1, arbitrary: unmatchedValue },
  );
}

export function turnArbitrary(model: InteractionModel): fc.Arbitrary<GeneratedTurn> {
  const customTypes = new Map(
    (model.types ?? []).map((type) => [
      type.name,
      type.values.map((value) => ({ id: value.id ?? value.name.value, value: value.name.value })),
    ]),
  );
  const perIntent = model.intents.map((intent) => {
    const slotArbitraries = Object.fromEntries(
      (intent.slots ?? []).map((slot) => [slot.name, slotValueArbitrary(slot.type, customTypes)]),
    );
    return fc.record({
      intent: fc.constant(intent.name),
      slots: fc.record(slotArbitraries) as fc.Arbitrary<SlotInputs>,
      confirmationStatus: fc.constantFrom(
        'NONE' as const,
        'NONE' as const,
        'CONFIRMED' as const,
        'DENIED' as const,
      ),
    });
  });
  return fc.oneof(...perIntent);
}

/** The logging intents twice as often, so sequences reach deep into a workout. */
export function workoutTurnArbitrary(model: InteractionModel): fc.Arbitrary<GeneratedTurn> {
  const loggingIntents = new Set(['LogSetIntent', 'NextSetIntent', 'StartWorkoutIntent', 'YesIntent']);
  const logging = turnArbitrary({
    ...model,
    intents: model.intents.filter((i) => loggingIntents.has(i.name)),
  });
  return fc.oneof({ weight: 2, arbitrary: turnArbitrary(model) }, { weight: 1, arbitrary: logging });
}
