import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { lambdaBundleOptions, lambdaBundles } from '../../scripts/bundle';

/** The input files esbuild put into one Lambda bundle, with the deployable options. */
async function bundledInputs(entryPoint: string): Promise<string[]> {
  const result = await build({
    ...lambdaBundleOptions,
    entryPoints: [entryPoint],
    outfile: 'bundle-contents.mjs',
    write: false,
    metafile: true,
  });
  const output = Object.values(result.metafile.outputs).find((entry) => entry.entryPoint);
  if (!output) throw new Error(`esbuild wrote no bundle for ${entryPoint}`);
  return Object.entries(output.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
}

// Classic zod's method API is about 65 KB more than zod/mini in a minified bundle, and every byte of
// a bundle is compiled on a cold start. One `from 'zod'` anywhere under lambda/ brings it all back.
describe('what the Lambda bundles carry', () => {
  it.each(lambdaBundles.map(({ entryPoint }) => entryPoint))(
    '%s validates with zod/mini: no classic zod, no locale tables',
    async (entryPoint) => {
      const inputs = await bundledInputs(entryPoint);
      expect(inputs.some((path) => path.includes('node_modules/zod/v4/mini/'))).toBe(true);
      expect(inputs.filter((path) => /node_modules\/zod\/v4\/(classic|locales)\//.test(path))).toEqual([]);
    },
    30_000,
  );
});
