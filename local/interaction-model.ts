import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';

/** Reads a locale's interaction model (the ASK JSON the skill package ships) for the resolver. */
export class InteractionModelError extends Error {
  override name = 'InteractionModelError';
}

const slotSchema = z.object({ name: z.string().min(1), type: z.string().min(1) });

const intentSchema = z.object({
  name: z.string().min(1),
  slots: z.array(slotSchema).optional(),
  samples: z.array(z.string()).optional(),
});

const slotTypeSchema = z.object({
  name: z.string().min(1),
  values: z.array(
    z.object({
      id: z.string().optional(),
      name: z.object({ value: z.string().min(1), synonyms: z.array(z.string()).optional() }),
    }),
  ),
});

export const interactionModelSchema = z.object({
  interactionModel: z.object({
    languageModel: z.object({
      invocationName: z.string().min(1),
      intents: z.array(intentSchema),
      types: z.array(slotTypeSchema).optional(),
    }),
  }),
});

export type InteractionModel = z.infer<typeof interactionModelSchema>['interactionModel']['languageModel'];
export type ModelIntent = InteractionModel['intents'][number];
export type ModelSlotType = NonNullable<InteractionModel['types']>[number];

export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

export function interactionModelPath(locale: string, root = repositoryRoot): string {
  return join(root, 'skill-package', 'interactionModels', 'custom', `${locale}.json`);
}

export function parseInteractionModel(json: unknown, source = 'interaction model'): InteractionModel {
  const parsed = interactionModelSchema.safeParse(json);
  if (!parsed.success) {
    throw new InteractionModelError(`${source} is not an interaction model: ${parsed.error.message}`);
  }
  return parsed.data.interactionModel.languageModel;
}

export function loadInteractionModel(locale: string, root = repositoryRoot): InteractionModel {
  return loadInteractionModelFile(interactionModelPath(locale, root));
}

export function loadInteractionModelFile(path: string): InteractionModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InteractionModelError(`cannot read the interaction model ${path}`, { cause: error });
  }
  try {
    return parseInteractionModel(JSON.parse(text), path);
  } catch (error) {
    if (error instanceof InteractionModelError) throw error;
    throw new InteractionModelError(`${path} is not JSON`, { cause: error });
  }
}
