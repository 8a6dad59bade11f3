import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  define: { global: 'globalThis' },
  test: {
    // Engine, store and share tests run in plain Node; UI tests opt into jsdom per file
    // with a `// @vitest-environment jsdom` docblock. End-to-end tests run in real Chromium.
    environment: 'node',
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
