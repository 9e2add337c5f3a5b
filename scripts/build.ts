import { bundleLambda, lambdaBundles } from './bundle';

await Promise.all(lambdaBundles.map(({ entryPoint, outfile }) => bundleLambda(entryPoint, outfile)));
