import { defineConfig } from 'vitest/config';

// End-to-end tests: the production build in real Chromium (see docs/testing.md). One build, one browser
// (started in globalSetup); files run one after another so they do not fight over the 2 CPUs.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
