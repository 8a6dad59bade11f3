import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';

/** Debian's Chromium: the browser every end-to-end test, benchmark and screenshot runs in. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Headless, sandbox-free (containers), and quiet: no GPU, no QUIC, no background traffic. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Fails loudly, with the fix, when Chromium is missing: browser checks are never skipped silently. */
export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}; the end-to-end tests, the browser benchmark and the ` +
        'screenshots need it. Install it with: sudo apt-get install -y chromium',
    );
  }
}

function launchOptions(): LaunchOptions {
  assertChromium();
  return { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true };
}

/** Starts Chromium for this process. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

/** Starts Chromium as a server that test files connect to, so a whole run uses one browser. */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions());
}

/** Connects to a browser started by `launchChromiumServer`. */
export function connectChromium(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}
