import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DeployConfigError } from './deploy-error';

/** The repository root, so synth works from any working directory. */
const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

/** The folders `npm run build` writes; the stack ships each folder as one Lambda asset. */
export const defaultBundleDirectories = {
  skill: join(repositoryRoot, 'dist', 'skill'),
  progress: join(repositoryRoot, 'dist', 'progress'),
} as const;

export type BundleDirectories = { skill: string; progress: string };

/** The file each bundle folder must hold; the functions' handler is `index.handler`. */
export const bundleEntryFile = 'index.mjs';

/**
 * Without this check a missing bundle surfaces as a bare "Cannot find asset", or, worse, a
 * half-built folder deploys a function that fails on its first request.
 */
export function requireBuiltBundle(directory: string): string {
  const entry = join(directory, bundleEntryFile);
  if (!existsSync(entry)) {
    const shown = relative(process.cwd(), entry) || entry;
    throw new DeployConfigError(
      `The Lambda bundle ${shown} is missing. Run \`npm run build\` first, then synth or deploy again.`,
    );
  }
  return directory;
}
