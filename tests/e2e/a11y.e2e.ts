import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BLOCKING_IMPACTS, formatViolations, runAxe, type AxeViolation } from './harness/axe';
import { connectChromium } from './harness/chromium';
import { matrixSelector, openNotebook, waitForSettled } from './harness/notebookPage';

const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

type Case = { lang: 'ja' | 'en'; scheme: 'light' | 'dark'; width: keyof typeof VIEWPORTS };

// Both languages in both colour schemes on a desktop; on a phone, each language in one scheme.
const CASES: Case[] = [
  ...(['ja', 'en'] as const).flatMap((lang) =>
    (['light', 'dark'] as const).map((scheme) => ({ lang, scheme, width: 'desktop' as const })),
  ),
  { lang: 'ja', scheme: 'dark', width: 'phone' },
  { lang: 'en', scheme: 'light', width: 'phone' },
];

/**
 * Opens everything the page keeps folded: closed <details>, every collapsed disclosure button (the
 * matrices' text modes, export panels) and every matrix's print() text, so axe checks them as well.
 */
async function openEverything(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details:not([open])')) d.setAttribute('open', '');
  });
  for (const selector of ['button[aria-expanded="false"]', '[data-matrix] button[aria-pressed="false"]']) {
    // Handles, not nth() locators: each click takes its button out of the selector's matches, and
    // nth() would then skip the next one.
    for (const button of await page.locator(selector).elementHandles()) {
      if ((await button.isVisible()) && (await button.isEnabled())) await button.click();
    }
  }
  await page.locator(`${matrixSelector('relu', 'x')} textarea[data-numpy-input="x"]`).waitFor();
  // What opened (export scripts, long lines now laid out) settles before axe looks (within the test's time).
  await waitForSettled(page, 15_000);
}

function blocking(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact !== null && BLOCKING_IMPACTS.includes(v.impact));
}

describe.each(CASES)('axe-core on the notebook in $lang, $scheme colour scheme, $width width', (c) => {
  const { lang, scheme, width } = c;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let close: () => Promise<void>;

  beforeAll(async () => {
    browser = await connectChromium(inject('browserWs'));
    const notebook = await openNotebook(browser, inject('appUrl'), VIEWPORTS[width]);
    ({ page, problems, close } = notebook);
    await page.emulateMedia({ colorScheme: scheme });
    await page.locator(`[data-lang="${lang}"]`).click();
    // Start again in that scheme and language (the choice is kept), so whatever reads them once at
    // start-up sees them too.
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await page.locator(`${matrixSelector('softmax-with-loss', 'loss')}:not([data-numpy=""])`).waitFor();
    // The two-layer net loads lazily, after the first cells.
    await page.locator(`${matrixSelector('two-layer-net', 'loss')}:not([data-numpy=""])`).waitFor();
    // Charts, formulas, the training panel and every scrolling box's tab stop, so axe sees them all.
    await waitForSettled(page);
  });
  afterAll(async () => {
    await close?.();
    await browser?.close();
  });

  it('reports no serious or critical violation on the page as it opens', async () => {
    const violations = await runAxe(page);
    if (violations.length > 0)
      console.log(`axe, ${lang}, ${scheme}, ${width}, as opened:\n${formatViolations(violations)}`);
    expect(formatViolations(blocking(violations))).toBe('');
  });

  it('reports none with every folded part opened (text modes, print(), details)', async () => {
    await openEverything(page);
    const violations = await runAxe(page);
    if (violations.length > 0)
      console.log(`axe, ${lang}, ${scheme}, ${width}, all open:\n${formatViolations(violations)}`);
    expect(formatViolations(blocking(violations))).toBe('');
  });

  it('logs no page errors and no console errors', () => {
    expect(problems).toEqual([]);
  });
});
