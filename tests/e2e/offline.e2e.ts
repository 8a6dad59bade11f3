import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectChromium } from './harness/chromium';
import { loadE2eFixture } from './harness/fixture';
import { matrixSelector, numpyOf, openNotebook, type NotebookPage } from './harness/notebookPage';
import { buildAndServe, type ServedApp } from './harness/server';

const BASE = '/sub/dir/';
const { seed } = loadE2eFixture();

/** dist/sw-manifest.json: what the service worker precaches, under which build version. */
interface PrecacheManifest {
  readonly version: string;
  readonly files: readonly string[];
}

describe(`the production build under ${BASE}, offline once loaded`, () => {
  let app: ServedApp;
  let browser: Browser;
  let notebook: NotebookPage;
  const requested: string[] = [];

  beforeAll(async () => {
    // The one extra build of the run: the same app, built and served under a base path.
    app = await buildAndServe('offline', { basePath: BASE });
    browser = await connectChromium(inject('browserWs'));
    notebook = await openNotebook(browser, app.url);
    notebook.page.on('request', (r) => requested.push(r.url()));
  });
  afterAll(async () => {
    await notebook?.close();
    await browser?.close();
    await app?.close();
  });

  it('is served under the base path, and loads nothing from outside it', async () => {
    const { page } = notebook;
    expect(new URL(page.url()).pathname).toBe(BASE);
    const origin = new URL(app.url).origin;
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    const outside = [...loaded, ...requested]
      .map((u) => new URL(u))
      .filter((u) => u.origin === origin && !u.pathname.startsWith(BASE))
      .map((u) => u.pathname);
    expect(outside).toEqual([]);
  });

  it('links a web app manifest whose start URL and icon resolve under the base path', async () => {
    const { page } = notebook;
    const href = await page.locator('link[rel="manifest"]').evaluate((l: HTMLLinkElement) => l.href);
    const manifest = (await (await page.request.get(href)).json()) as {
      start_url: string;
      display: string;
      icons: { src: string }[];
    };
    expect(new URL(manifest.start_url, href).pathname).toBe(BASE);
    expect(manifest.display).toBe('standalone');
    for (const icon of manifest.icons) {
      expect((await page.request.get(new URL(icon.src, href).href)).status()).toBe(200);
    }
  });

  it('is controlled by the service worker, scoped to the base path, with the shell precached', async () => {
    const { page } = notebook;
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 15_000,
    });
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe(BASE);
    const manifest = JSON.parse(
      readFileSync(join(app.outDir, 'sw-manifest.json'), 'utf8'),
    ) as PrecacheManifest;
    expect(manifest.files).toContain('index.html');
    expect(manifest.files.some((f) => /^assets\/.+\.js$/.test(f))).toBe(true);
    expect(manifest.files.filter((f) => f.endsWith('.map') || f.startsWith('data/'))).toEqual([]);
    expect(readFileSync(join(app.outDir, 'sw.js'), 'utf8')).toContain(
      `const VERSION = '${manifest.version}';`,
    );
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      }
      return urls;
    });
    const paths = cached.map((u) => new URL(u).pathname);
    for (const file of manifest.files) expect(paths).toContain(`${BASE}${file}`);
  });

  it('caches the MNIST data on first use', async () => {
    const { page } = notebook;
    const bytes = await page.evaluate(
      async () => (await (await fetch('data/mnist-10k.bin')).arrayBuffer()).byteLength,
    );
    expect(bytes).toBeGreaterThan(1000);
    await notebook.context.setOffline(true);
    const offlineBytes = await page.evaluate(
      async () => (await (await fetch('data/mnist-10k.bin')).arrayBuffer()).byteLength,
    );
    expect(offlineBytes).toBe(bytes);
  });

  it('reloads offline and still shows the notebook’s numbers', async () => {
    const { page, context, problems } = notebook;
    expect(problems).toEqual([]);
    await context.setOffline(true);
    // Really offline: the worker's precache does not hold its own manifest, and the network is gone.
    const reachable = await page.evaluate(async () =>
      fetch('sw-manifest.json', { cache: 'no-store' }).then(
        () => true,
        () => false,
      ),
    );
    expect(reachable).toBe(false);
    // Chromium logs the fetch that just failed on purpose: wait for that line, then expect no other.
    await expect.poll(() => problems.length).toBe(1);
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    await page.reload();
    await page.locator(`${matrixSelector('softmax-with-loss', 'loss')}:not([data-numpy=""])`).waitFor();
    // The two-layer net loads lazily, after the first cells.
    await page.locator(`${matrixSelector('two-layer-net', 'loss')}:not([data-numpy=""])`).waitFor();
    expect(await numpyOf(page, 'relu', 'out')).toBe(seed.relu.out);
    expect(await numpyOf(page, 'softmax-with-loss', 'loss')).toBe(seed['softmax-with-loss'].loss);
    expect(failed).toEqual([]);
    expect(problems.slice(1)).toEqual([]);
  });
});
