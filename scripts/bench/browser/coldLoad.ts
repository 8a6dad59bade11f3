import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { NAME_SHIM } from '../../../tests/e2e/harness/notebookPage';
import type { ServedApp } from '../../../tests/e2e/harness/server';

/** The first numbers: ReLU's forward output, the top of the page. */
export const FIRST_NUMBERS = '[data-cell="relu"] [data-matrix="out"]';

/** One cold load of the page. */
export interface ColdLoad {
  /** ms from navigation start until the first numbers are in the DOM, and until that frame was painted. */
  readonly inDomMs: number;
  readonly paintedMs: number;
  /** The JS files fully received before the first numbers, with their gzipped sizes. */
  readonly jsBefore: readonly { readonly file: string; readonly gzip: number }[];
  /** When the Plotly chunk was requested (ms from navigation start), or null if it was not. */
  readonly plotlyRequestedMs: number | null;
}

/** gzip (level 9, as static hosts precompress) size of a built file. */
export function gzipSize(outDir: string, file: string): number {
  return gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
}

/** The Plotly chunk of the build (src/charts/plotly.ts), by its file name. */
export function plotlyChunk(outDir: string): string | null {
  const file = readdirSync(join(outDir, 'assets')).find((f) => /^plotly-.*\.js$/.test(f));
  return file ? `assets/${file}` : null;
}

/** Loads the page in a fresh context (empty cache) and notes when the first numbers appear. */
export async function coldLoad(browser: Browser, app: ServedApp): Promise<ColdLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(NAME_SHIM);
    const page = await context.newPage();
    await page.addInitScript((selector) => {
      const w = window as unknown as { __firstNumbers?: Promise<[number, number]> };
      w.__firstNumbers = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          const numpy = document.querySelector(selector)?.getAttribute('data-numpy');
          if (!numpy) return;
          observer.disconnect();
          const inDom = performance.now();
          requestAnimationFrame(() => requestAnimationFrame(() => resolve([inDom, performance.now()])));
        });
        observer.observe(document, { subtree: true, childList: true, attributes: true });
      });
    }, FIRST_NUMBERS);
    await page.goto(app.url);
    const result = await page.evaluate(async () => {
      const w = window as unknown as { __firstNumbers: Promise<[number, number]> };
      const [inDom, painted] = await w.__firstNumbers;
      // Give a lazily loaded chunk a moment to be requested, so we can say when it was.
      await new Promise((r) => setTimeout(r, 1500));
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      return {
        inDom,
        painted,
        resources: entries.map((e) => ({ url: e.name, start: e.startTime, end: e.responseEnd })),
      };
    });
    const base = new URL(app.url).pathname;
    const fileOf = (url: string) => new URL(url).pathname.slice(base.length);
    const js = result.resources.filter((r) => new URL(r.url).pathname.endsWith('.js'));
    const plotly = plotlyChunk(app.outDir);
    return {
      inDomMs: result.inDom,
      paintedMs: result.painted,
      jsBefore: js
        .filter((r) => r.end <= result.inDom)
        .map((r) => ({ file: fileOf(r.url), gzip: gzipSize(app.outDir, fileOf(r.url)) })),
      plotlyRequestedMs: js.find((r) => plotly !== null && fileOf(r.url) === plotly)?.start ?? null,
    };
  } finally {
    await context.close();
  }
}
