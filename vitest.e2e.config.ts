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
    // expect.poll waits for a state the page reaches a moment later (a debounced autosave, the link
    // worker's text, a chart drawn two frames after its numbers): 1 s, vitest's default, is too short
    // for a busy 2-core machine. A poll that passes returns as soon as the state is there.
    expect: { poll: { timeout: 10_000 } },
  },
});
