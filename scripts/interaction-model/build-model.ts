import { expandSamples } from './expand-samples';
import { builtInIntents } from './intents/built-in';
import { correctionIntents } from './intents/corrections';
import { nextWorkoutIntent } from './intents/next-workout';
import { profileIntents } from './intents/profile';
import { questionIntents } from './intents/questions';
import { trainingDayIntents } from './intents/training-days';
import { workoutIntents } from './intents/workout';
import { spellForLocale } from './locale-spelling';
import { customSlotTypes } from './slot-types';
import {
  type IntentDefinition,
  type InteractionModelJson,
  invocationName,
  type ModelIntentJson,
  type ModelSlotTypeJson,
  multipleValueLocales,
  type SkillLocale,
  type SlotTypeDefinition,
} from './types';

/** Custom intents first, in the order a lifter meets them; built-ins last. */
export function intentDefinitions(): readonly IntentDefinition[] {
  return [
    ...profileIntents,
    ...workoutIntents,
    ...correctionIntents,
    ...questionIntents,
    nextWorkoutIntent,
    ...trainingDayIntents,
    ...builtInIntents,
  ];
}

export function buildInteractionModel(locale: SkillLocale): InteractionModelJson {
  return {
    interactionModel: {
      languageModel: {
        invocationName,
        intents: intentDefinitions().map((intent) => intentJson(intent, locale)),
        types: customSlotTypes().map((slotType) => slotTypeJson(slotType, locale)),
      },
    },
  };
}

function intentJson(intent: IntentDefinition, locale: SkillLocale): ModelIntentJson {
  const patterns = [...intent.samples, ...(intent.regionalSamples?.[locale] ?? [])];
  const samples = unique(expandSamples(patterns).map((sample) => spellForLocale(sample, locale)));
  if (!intent.slots || intent.slots.length === 0) return { name: intent.name, samples };
  const slots = intent.slots.map(({ name, type, multipleValues }) =>
    multipleValues && multipleValueLocales.has(locale)
      ? { name, type, multipleValues: { enabled: true } }
      : { name, type },
  );
  return { name: intent.name, slots, samples };
}

function slotTypeJson(slotType: SlotTypeDefinition, locale: SkillLocale): ModelSlotTypeJson {
  return {
    name: slotType.name,
    values: slotType.values.map((value) => {
      const spokenValue = spellForLocale(value.value, locale);
      const synonyms = unique(
        [...value.synonyms, ...(value.regionalSynonyms?.[locale] ?? [])].map((synonym) =>
          spellForLocale(synonym, locale),
        ),
      ).filter((synonym) => synonym.toLowerCase() !== spokenValue.toLowerCase());
      return {
        id: value.id,
        name: synonyms.length > 0 ? { value: spokenValue, synonyms } : { value: spokenValue },
      };
    }),
  };
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
