import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from './harness/chromium';
import { buildAndServe } from './harness/server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the production build served by `vite preview`. */
    appUrl: string;
    /** WebSocket endpoint of the one Chromium the test files share. */
    browserWs: string;
  }
}

/** Once per run: build the app, serve it, and start one Chromium; both stop when the run ends. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const browser = await launchChromiumServer();
  let app;
  try {
    app = await buildAndServe('e2e');
  } catch (error) {
    await browser.close();
    throw error;
  }
  project.provide('appUrl', app.url);
  project.provide('browserWs', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await app.close();
  };
}
