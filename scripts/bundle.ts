import { type BuildOptions, build } from 'esbuild';

/**
 * The one set of esbuild options for every Lambda bundle (and the benchmark's baseline).
 * ESM for node20 so one bundle runs on Node 20 here and on the nodejs24.x runtime; the AWS SDK
 * is bundled rather than taken from the runtime so the version tested is the version deployed.
 */
export const lambdaBundleOptions: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  // With --enable-source-maps Node reads and parses the whole map at import, on every cold start;
  // stack traces need only the mappings, so the sources' text (two thirds of the map) stays out.
  sourcesContent: false,
  minify: true,
  legalComments: 'none',
  mainFields: ['module', 'main'],
  // CommonJS dependencies (ask-sdk-core) call require(); an ESM bundle has none of its own.
  banner: {
    js: "import { createRequire as __liftCoachCreateRequire } from 'node:module'; const require = __liftCoachCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
};

/** The deployable bundles; the CDK stack ships exactly these files. */
export const lambdaBundles = [
  { entryPoint: 'lambda/skill/index.ts', outfile: 'dist/skill/index.mjs' },
  { entryPoint: 'lambda/progress/index.ts', outfile: 'dist/progress/index.mjs' },
] as const;

export async function bundleLambda(entryPoint: string, outfile: string): Promise<void> {
  await build({ ...lambdaBundleOptions, entryPoints: [entryPoint], outfile });
}
