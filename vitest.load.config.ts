import { defineConfig } from 'vitest/config';

// The load test runs on its own (`npm run test:load`), after the main suite: it is long, it wants
// both cores to itself, and its files are named `*.load.ts` so the main suite never picks them up.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export default defineConfig({
  test: {
    include: ['test/load/**/*.load.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/worker-setup.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 90_000,
    coverage: { enabled: false },
  },
});
