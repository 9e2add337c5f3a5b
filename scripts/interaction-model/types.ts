// The shapes of the interaction model source. The locale files under skill-package/ are generated from
// these; nothing else writes them.

export const skillLocales = ['en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IN'] as const;
export type SkillLocale = (typeof skillLocales)[number];

export const invocationName = 'lift coach';

/** Locale-specific additions; every locale still gets the same intents and slots. */
export type PerLocale<T> = Partial<Record<SkillLocale, readonly T[]>>;

export interface SlotDefinition {
  name: string;
  /** A custom type from slot-types.ts or a built-in AMAZON.* type. */
  type: string;
  /** Several values in one slot ("Monday, Wednesday and Friday"), in the locales that offer it. */
  multipleValues?: boolean;
}

export interface IntentDefinition {
  name: string;
  slots?: readonly SlotDefinition[];
  /** Sample patterns; `(a|b|)` alternations are expanded by expandSamples. */
  samples: readonly string[];
  /** Phrasings only natural in some locales. */
  regionalSamples?: PerLocale<string>;
}

export interface SlotValueDefinition {
  /** The id the Lambda reads from entity resolution. */
  id: string;
  value: string;
  synonyms: readonly string[];
  regionalSynonyms?: PerLocale<string>;
}

export interface SlotTypeDefinition {
  name: string;
  values: readonly SlotValueDefinition[];
}

/** The JSON shapes the Alexa Skills Kit reads (the parts this skill uses). */
export interface ModelSlotJson {
  name: string;
  type: string;
  multipleValues?: { enabled: boolean };
}

/** Alexa offers multiple-value slots in these locales (not en-IN). */
export const multipleValueLocales: ReadonlySet<SkillLocale> = new Set(['en-US', 'en-GB', 'en-AU', 'en-CA']);

export interface ModelIntentJson {
  name: string;
  slots?: ModelSlotJson[];
  samples: string[];
}

export interface ModelSlotTypeJson {
  name: string;
  values: { id: string; name: { value: string; synonyms?: string[] } }[];
}

export interface InteractionModelJson {
  interactionModel: {
    languageModel: {
      invocationName: string;
      intents: ModelIntentJson[];
      types: ModelSlotTypeJson[];
    };
  };
}
