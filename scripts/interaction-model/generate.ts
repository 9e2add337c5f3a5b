// `npm run generate:model`: writes one interaction model per locale from the TypeScript source, then
// lets Biome lay the JSON out so `npm run lint` accepts the generated files as they are.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildInteractionModel } from './build-model';
import { findModelProblems } from './check-model';
import { skillLocales } from './types';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function interactionModelPath(locale: string): string {
  return resolve(repositoryRoot, 'skill-package/interactionModels/custom', `${locale}.json`);
}

async function generate(): Promise<void> {
  const written: string[] = [];
  for (const locale of skillLocales) {
    const model = buildInteractionModel(locale);
    // A model Alexa would reject is never written, so a broken source cannot reach a deploy.
    const problems = findModelProblems(model);
    if (problems.length > 0) {
      throw new Error(`The ${locale} interaction model breaks Alexa's rules:\n${problems.join('\n')}`);
    }
    const path = interactionModelPath(locale);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${JSON.stringify(model, null, 2)}\n`);
    written.push(path);
  }
  execFileSync(resolve(repositoryRoot, 'node_modules/.bin/biome'), ['format', '--write', ...written], {
    stdio: 'inherit',
  });
  for (const path of written) console.log(`wrote ${path}`);
}

await generate();
