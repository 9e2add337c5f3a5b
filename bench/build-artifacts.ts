import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { bundleLambda } from '../scripts/bundle';

/**
 * What the bench builds for itself, in a temporary folder (never committed): the baseline skill
 * with the deployable bundles' esbuild options, and the cold-start probe as plain JavaScript.
 */
export interface BenchArtifacts {
  folder: string;
  baselineBundle: string;
  probe: string;
  remove(): Promise<void>;
}

const benchFolder = new URL('.', import.meta.url).pathname;

export async function buildBenchArtifacts(): Promise<BenchArtifacts> {
  const folder = await mkdtemp(join(tmpdir(), 'lift-coach-bench-'));
  const baselineBundle = join(folder, 'baseline', 'index.mjs');
  const probe = join(folder, 'cold-start-probe.mjs');
  await bundleLambda(join(benchFolder, 'baseline', 'skill.ts'), baselineBundle);
  await build({
    entryPoints: [join(benchFolder, 'cold-start-probe.ts')],
    outfile: probe,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  return { folder, baselineBundle, probe, remove: () => rm(folder, { recursive: true, force: true }) };
}

export interface BundleSize {
  path: string;
  rawBytes: number;
  gzipBytes: number;
}

/** The code Lambda loads (the .mjs); the source map beside it is read only for stack traces. */
export async function bundleSize(path: string): Promise<BundleSize> {
  const [{ size }, contents] = await Promise.all([stat(path), readFile(path)]);
  return { path, rawBytes: size, gzipBytes: gzipSync(contents, { level: 9 }).length };
}
