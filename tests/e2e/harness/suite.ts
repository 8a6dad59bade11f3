import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectChromium } from './chromium';
import { openNotebook, type NotebookPage } from './notebookPage';

/**
 * The notebook opened once for a describe block, in the run's shared Chromium (see globalSetup.ts), and
 * closed after it. Call it inside `describe`; read `.notebook` inside tests.
 */
export function notebookPerSuite(): { readonly notebook: NotebookPage } {
  let browser: Browser | undefined;
  let opened: NotebookPage | undefined;
  beforeAll(async () => {
    browser = await connectChromium(inject('browserWs'));
    opened = await openNotebook(browser, inject('appUrl'));
  });
  afterAll(async () => {
    await opened?.close();
    await browser?.close();
  });
  return {
    get notebook(): NotebookPage {
      if (!opened) throw new Error('the notebook opens in beforeAll; read it inside a test');
      return opened;
    },
  };
}
