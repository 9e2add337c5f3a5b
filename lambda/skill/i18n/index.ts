import i18next, { type TFunction } from 'i18next';
import { defaultUnitForLocale, type Unit } from '../../rules';
import { escapeSsml } from '../speech/ssml';
import { en } from './en';

const instance = i18next.createInstance();

/** Initialised once per container; every turn awaits the same promise (cheap after the first). */
const ready = instance.init({
  resources: { en: { translation: en } },
  fallbackLng: 'en',
  supportedLngs: ['en'],
  nonExplicitSupportedLngs: true,
  load: 'languageOnly',
  returnObjects: true,
  initAsync: false,
  interpolation: { escapeValue: true, escape: (value: string) => escapeSsml(value) },
  showSupportNotice: false,
} as Parameters<typeof instance.init>[0]);

export type Vars = Record<string, string | number>;

/** What handlers speak with: plain strings, with one of the variations picked when there are several. */
export interface Speaker {
  readonly locale: string;
  /** One string (a random variation when the key holds several). */
  say(key: string, vars?: Vars): string;
  /** The first variation, for text that must not change between turns (cards, reprompts). */
  fixed(key: string, vars?: Vars): string;
  /** The unit spoken examples use ("like 'eight at sixty kilos'"): the locale's until the profile is read. */
  useUnit(unit: Unit): void;
}

export async function speakerFor(
  locale: string | undefined,
  random: () => number = Math.random,
): Promise<Speaker> {
  await ready;
  const language = locale ?? 'en-US';
  const t: TFunction = instance.getFixedT(language);
  let examples: Vars = {};
  const useUnit = (unit: Unit) => {
    examples = {
      exampleSet: t(`examples.${unit}.set`) as string,
      exampleMax: t(`examples.${unit}.max`) as string,
      examplePress: t(`examples.${unit}.press`) as string,
      exampleLight: t(`examples.${unit}.light`) as string,
    };
  };
  useUnit(defaultUnitForLocale(language));
  const lookup = (key: string, vars: Vars | undefined): string | string[] => {
    const value = t(key, { ...examples, ...vars, returnObjects: true }) as unknown;
    if (typeof value === 'string') return value;
    if (Array.isArray(value) && value.every((entry) => typeof entry === 'string')) return value as string[];
    // A missing or non-text key is a bug in this skill, not something to say to a lifter.
    throw new Error(`i18n key ${key} is not text`);
  };
  return {
    locale: language,
    say(key, vars) {
      const value = lookup(key, vars);
      if (typeof value === 'string') return value;
      return value[Math.floor(random() * value.length)] ?? value[0] ?? '';
    },
    fixed(key, vars) {
      const value = lookup(key, vars);
      return typeof value === 'string' ? value : (value[0] ?? '');
    },
    useUnit,
  };
}
