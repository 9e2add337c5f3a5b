import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { lambdaBundleOptions } from '../scripts/bundle';

/**
 * `npx tsx bench/bundle-breakdown.ts`: where the skill bundle's bytes are, next to the bench's
 * baseline, from esbuild's metafile with the deployable options (minified bytes each input adds).
 * A package counts as one row (node_modules/<name>), Lift Coach's own code by folder.
 */
export function bytesByPart(inputs: Metafile['outputs'][string]['inputs']): Map<string, number> {
  const parts = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const part = partOf(path);
    parts.set(part, (parts.get(part) ?? 0) + bytesInOutput);
  }
  return parts;
}

export function partOf(path: string): string {
  const packages = [...path.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)];
  const innermost = packages.at(-1);
  if (innermost?.[1]) return innermost[1];
  const [top, second, third] = path.split('/');
  if (top === 'lambda' && second)
    return third?.includes('.') ? `${top}/${second}` : `${top}/${second}/${third}`;
  if (top === 'skill-package') return 'skill-package (APL documents)';
  return path;
}

async function bundleParts(entryPoint: string): Promise<{ total: number; parts: Map<string, number> }> {
  const result = await build({
    ...lambdaBundleOptions,
    entryPoints: [entryPoint],
    outfile: 'breakdown.mjs',
    write: false,
    metafile: true,
  });
  const output = Object.values(result.metafile.outputs).find((entry) => entry.entryPoint);
  if (!output) throw new Error(`esbuild wrote no bundle for ${entryPoint}`);
  return { total: output.bytes, parts: bytesByPart(output.inputs) };
}

async function main(): Promise<void> {
  const benchFolder = new URL('.', import.meta.url).pathname;
  const [skill, baseline] = await Promise.all([
    bundleParts('lambda/skill/index.ts'),
    bundleParts(join(benchFolder, 'baseline', 'skill.ts')),
  ]);
  const kb = (bytes: number) => (bytes / 1000).toFixed(1).padStart(8);
  const names = [...new Set([...skill.parts.keys(), ...baseline.parts.keys()])];
  const rows = names
    .map((name) => ({ name, skill: skill.parts.get(name) ?? 0, baseline: baseline.parts.get(name) ?? 0 }))
    .sort((a, b) => b.skill - b.baseline - (a.skill - a.baseline) || b.skill - a.skill);
  console.log(`${'skill KB'.padStart(8)} ${'base KB'.padStart(8)} ${'extra'.padStart(8)}  part`);
  for (const row of rows.filter((entry) => entry.skill + entry.baseline >= 500)) {
    console.log(`${kb(row.skill)} ${kb(row.baseline)} ${kb(row.skill - row.baseline)}  ${row.name}`);
  }
  console.log(`${kb(skill.total)} ${kb(baseline.total)} ${kb(skill.total - baseline.total)}  whole bundle`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
