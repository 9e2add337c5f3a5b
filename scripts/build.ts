import { bundleLambda } from './bundle';

/** The deployable bundles; the CDK stack ships exactly these files. */
export const lambdaBundles = [
  { entryPoint: 'lambda/skill/index.ts', outfile: 'dist/skill/index.mjs' },
  { entryPoint: 'lambda/progress/index.ts', outfile: 'dist/progress/index.mjs' },
] as const;

await Promise.all(lambdaBundles.map(({ entryPoint, outfile }) => bundleLambda(entryPoint, outfile)));
