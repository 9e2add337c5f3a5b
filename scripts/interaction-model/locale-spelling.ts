import type { SkillLocale } from './types';

// British spelling is what people in these locales read and what Alexa's recognisers there are tuned
// to; Canada keeps the American "program".
const britishSpellingLocales: ReadonlySet<SkillLocale> = new Set(['en-GB', 'en-AU', 'en-IN']);

const americanToBritish: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bprograms\b/g, 'programmes'],
  [/\bprogram\b/g, 'programme'],
  [/\ball around\b/g, 'all round'],
];

export function spellForLocale(text: string, locale: SkillLocale): string {
  if (!britishSpellingLocales.has(locale)) return text;
  return americanToBritish.reduce((spelled, [american, british]) => spelled.replace(american, british), text);
}
