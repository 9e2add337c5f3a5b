import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { InteractionModelJson, SkillLocale } from '../../scripts/interaction-model/types';

// The tests read the files exactly as the ASK CLI would deploy them, not the source they came from.

export function skillPackagePath(relativePath: string): string {
  return fileURLToPath(new URL(`../../skill-package/${relativePath}`, import.meta.url));
}

export function readSkillPackageJson(relativePath: string): unknown {
  return JSON.parse(readFileSync(skillPackagePath(relativePath), 'utf8'));
}

export function readInteractionModel(locale: SkillLocale): InteractionModelJson {
  return readSkillPackageJson(`interactionModels/custom/${locale}.json`) as InteractionModelJson;
}

/** A sample as a pattern that matches what a person says: each slot matches one or more words. */
export function samplePattern(sample: string): RegExp {
  const escaped = sample
    .split(/\{[^{}]+\}/)
    .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
    .join('[a-z0-9 .]+?');
  return new RegExp(`^${escaped}$`, 'i');
}
