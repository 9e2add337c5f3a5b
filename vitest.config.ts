import { defineConfig } from 'vitest/config';

// Node 20 runs the tests here; the Lambda runtime is nodejs24.x. The SDK's notice about its
// future Node 22 floor is known (the SDK is pinned in the lockfile) and only clutters the output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/worker-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 90_000,
    coverage: {
      enabled: false, // on in `npm test` (--coverage); off for focused runs, where the threshold cannot hold
      provider: 'v8',
      include: ['lambda/rules/**/*.ts'],
      reporter: ['text-summary'],
      thresholds: { 'lambda/rules/**/*.ts': { lines: 100 } },
    },
  },
});
