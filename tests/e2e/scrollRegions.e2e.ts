import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { runAxe } from './harness/axe';
import { connectChromium } from './harness/chromium';
import { openNotebook, waitForSettled, type NotebookPage } from './harness/notebookPage';

/**
 * Wider glyphs than any font this machine has (a CJK monospace font is wider than DejaVu Sans Mono, and a
 * learner's may be wider still), from the first paint on: every line of code, NumPy printout and formula
 * that fits on a phone only just, does not.
 */
const WIDE_GLYPHS = `
  document.addEventListener('DOMContentLoaded', () => {
    const style = document.createElement('style');
    style.textContent = 'pre, code, textarea, .mx-grid, .katex, .gradcheck-table { letter-spacing: 0.3em; }';
    document.head.append(style);
  });
`;

/** Every box that scrolls: its tab stop, its accessible name, and where it is. */
interface ScrollBox {
  readonly where: string;
  readonly tabStop: boolean;
  readonly name: string;
}

/**
 * Every box on the page whose content is wider or taller than it (so it scrolls), with nothing that takes
 * the focus inside it.
 */
function scrollBoxes(page: Page): Promise<ScrollBox[]> {
  return page.evaluate(() => {
    const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]';
    const boxes: ScrollBox[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(el);
      const scrolls = (o: string) => o === 'auto' || o === 'scroll';
      const wide = scrolls(style.overflowX) && el.scrollWidth > el.clientWidth;
      const tall = scrolls(style.overflowY) && el.scrollHeight > el.clientHeight;
      if (!(wide || tall) || el.matches('input, textarea, select')) continue;
      if ([...el.querySelectorAll<HTMLElement>(focusable)].some((c) => c.tabIndex >= 0)) continue;
      const by = el.getAttribute('aria-labelledby');
      const name = (el.getAttribute('aria-label') ?? (by && document.getElementById(by)?.textContent) ?? '')
        .trim()
        .replace(/\s+/g, ' ');
      boxes.push({
        where: `${el.closest('[data-cell], section')?.id ?? ''} ${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`,
        tabStop: el.getAttribute('tabindex') === '0',
        name,
      });
    }
    return boxes;
  });
}

/** Opens every folded part that holds a scrolling box: the seed's and the book's code, the print() texts. */
async function openFolded(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details:not([open])')) d.setAttribute('open', '');
  });
  // Handles, not nth() locators: each click takes its button out of the selector's matches.
  const buttons =
    '[data-matrix] button[aria-pressed="false"], button[data-export="python"][aria-expanded="false"]';
  for (const button of await page.locator(buttons).elementHandles())
    if ((await button.isVisible()) && (await button.isEnabled())) await button.click();
}

describe('on a phone, with glyphs wider than this machine’s fonts, every box that scrolls is reachable', () => {
  let browser: Browser;
  const pages: Partial<Record<'ja' | 'en', NotebookPage>> = {};
  const boxes: Partial<Record<'ja' | 'en', ScrollBox[]>> = {};

  beforeAll(async () => {
    browser = await connectChromium(inject('browserWs'));
    for (const lang of ['ja', 'en'] as const) {
      const notebook = await openNotebook(browser, inject('appUrl'), { width: 390, height: 844 });
      pages[lang] = notebook;
      await notebook.context.addInitScript(WIDE_GLYPHS);
      await notebook.page.locator(`[data-lang="${lang}"]`).click();
      await notebook.page.reload();
      await waitForSettled(notebook.page);
      await openFolded(notebook.page);
      await waitForSettled(notebook.page);
      boxes[lang] = await scrollBoxes(notebook.page);
    }
  });
  afterAll(async () => {
    for (const notebook of Object.values(pages)) await notebook?.close();
    await browser?.close();
  });

  it.each(['ja', 'en'] as const)(
    '%s: each is a tab stop with a name, and axe finds no scrolling region out of reach',
    async (lang) => {
      const found = boxes[lang]!;
      // The wide glyphs make the seed's printouts, its code and the export scripts scroll, at least.
      const kinds = new Set(found.map((b) => b.where.split(' ')[1]));
      expect([...kinds]).toEqual(expect.arrayContaining(['pre.seed-output', 'pre.py', 'pre.export-code']));
      expect(found.filter((b) => !b.tabStop || b.name === '')).toEqual([]);
      const violations = await runAxe(pages[lang]!.page);
      expect(violations.filter((v) => v.id === 'scrollable-region-focusable')).toEqual([]);
    },
  );

  it('names each box in the page’s language', () => {
    const ja = boxes.ja!;
    const en = boxes.en!;
    expect(ja.map((b) => b.where)).toEqual(en.map((b) => b.where));
    // The Japanese page's names are its own: none is the English page's name for the same box.
    expect(ja.filter((b, i) => b.name === en[i].name).map((b) => `${b.where}: ${b.name}`)).toEqual([]);
  });

  it('logs no page errors and no console errors', () => {
    expect(pages.ja!.problems).toEqual([]);
    expect(pages.en!.problems).toEqual([]);
  });
});
