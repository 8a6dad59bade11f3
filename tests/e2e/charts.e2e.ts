import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectChromium } from './harness/chromium';
import { cellNumpy, openNotebook, typeMatrix, type NotebookPage } from './harness/notebookPage';
import { notebookPerSuite } from './harness/suite';

/**
 * What a cell's chart shows, as plain data: every mark's geometry (bar and line paths, point positions),
 * every piece of text (ticks, titles, legend) and where it sits. Plotly's generated ids and clip paths,
 * which differ between two drawings of one figure, are left out.
 */
function chartPicture(page: Page, cell: string): Promise<string[]> {
  return page.locator(`[data-cell="${cell}"] [data-chart] .main-svg`).evaluateAll((svgs) => {
    const seen: string[] = [];
    for (const svg of svgs) {
      for (const node of svg.querySelectorAll('path, text')) {
        const el = node as SVGGraphicsElement;
        if (el.closest('defs')) continue;
        // Positions as the page draws them: an element's own attributes and every transform above it.
        const place: string[] = [];
        for (let up: Element | null = el; up && up !== svg; up = up.parentElement) {
          const t = up.getAttribute('transform');
          if (t) place.push(t);
        }
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.opacity === '0') continue;
        const text = el.tagName === 'text' ? (el.textContent ?? '') : '';
        seen.push(
          [
            el.tagName,
            el.getAttribute('d') ?? '',
            el.getAttribute('x') ?? '',
            el.getAttribute('y') ?? '',
            text,
            place.join(' '),
          ].join('|'),
        );
      }
    }
    // In the order of the text: Plotly reuses tick and bar elements, so their order in the page differs
    // between a drawing from scratch and one that moved, for the same picture.
    return seen.sort();
  });
}

/** The chart's picture once it has stopped changing: it has marks, and two looks 250 ms apart agree. */
async function settledPicture(page: Page, cell: string): Promise<string[]> {
  const deadline = Date.now() + 15_000;
  let last: string[] = [];
  while (Date.now() < deadline) {
    await page.waitForTimeout(250);
    const now = await chartPicture(page, cell);
    if (now.length > 0 && JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  throw new Error(`the ${cell} chart did not settle within 15 s`);
}

/**
 * Edits that keep each cell's shapes, so its chart moves its marks instead of being drawn whole (see
 * src/charts/liveDraw.ts): every mark moves, and the last edit leaves the axes' ranges other than the
 * seed's (a chart that moved its points but not its axes would differ from a fresh drawing).
 */
const EDITS: readonly (readonly [cell: string, name: string, texts: readonly string[]])[] = [
  ['relu', 'x', ['[[0.5, -1.5], [2.0, -3.0]]', '[[15.0, -0.25], [-3.0, 0.5]]']],
  ['sigmoid', 'x', ['[[0.25, -4.0], [1.5, -1.0]]', '[[12.0, -0.5], [2.0, 0.0]]']],
  ['batch-affine', 'dout', ['[[1, -2, 30], [-4, 5, 6]]', '[[10, 2, -3], [4, -5, 6]]']],
  ['batch-affine', 'b', ['[5, -20, 1]', '[2, -1, 4]']],
  ['softmax-with-loss', 'x', ['[[0.3, 2.9], [4.0, 0.1]]', '[[1.5, 1.0], [-0.5, 0.25]]']],
];
const CELLS = [...new Set(EDITS.map(([cell]) => cell))];

describe('charts moved by edits look as if they were drawn from scratch', () => {
  let browser: Browser;
  let notebook: NotebookPage;
  const moved = new Map<string, string[]>();

  beforeAll(async () => {
    browser = await connectChromium(inject('browserWs'));
    notebook = await openNotebook(browser, inject('appUrl'));
    const { page } = notebook;
    for (const cell of CELLS) await settledPicture(page, cell);
    for (const [cell, name, texts] of EDITS) {
      for (const text of texts) {
        await typeMatrix(page, cell, name, text);
        await settledPicture(page, cell);
      }
    }
    for (const cell of CELLS) moved.set(cell, await settledPicture(page, cell));
    const numbers = await Promise.all(CELLS.map((cell) => cellNumpy(page, cell)));
    // A reload at once keeps the last edit (pending saves are written on pagehide: keeping.e2e.ts), and
    // the reloaded page draws each chart whole, once.
    await page.reload();
    await page.locator('[data-cell="softmax-with-loss"] [data-matrix="loss"]:not([data-numpy=""])').waitFor();
    expect(await Promise.all(CELLS.map((cell) => cellNumpy(page, cell)))).toEqual(numbers);
  });
  afterAll(async () => {
    await notebook?.close();
    await browser?.close();
  });

  it.each(CELLS)('%s: every bar, point, tick and title where a fresh drawing puts it', async (cell) => {
    const fresh = await settledPicture(notebook.page, cell);
    expect(moved.get(cell)).toEqual(fresh);
  });

  it('logs no page errors and no console errors', () => {
    expect(notebook.problems).toEqual([]);
  });
});

describe('charts of extreme values', () => {
  const suite = notebookPerSuite();

  // inf, nan and values near float64's edge are normal input; Plotly draws nothing beyond ≈ 1.8e304.
  it.each([
    ['relu', 'x', '[[inf, -inf], [nan, 1e308]]'],
    ['sigmoid', 'x', '[[inf, -inf], [nan, 1e308]]'],
    ['batch-affine', 'dout', '[[1e308, 2, nan], [1e308, -inf, 6]]'],
    ['softmax-with-loss', 'x', '[[1000.0, nan], [-inf, 0.1]]'],
  ])('%s with %s = %s: the chart is drawn, with no error', async (cell, name, text) => {
    const { page, problems } = suite.notebook;
    const before = problems.length;
    await typeMatrix(page, cell, name, text);
    const picture = await settledPicture(page, cell);
    expect(picture.some((mark) => mark.includes('NaN'))).toBe(false);
    expect(problems.slice(before)).toEqual([]);
  });

  it('keeps the Sigmoid chart while forward fails for x (bool), saying x is not marked', async () => {
    const { page, problems } = suite.notebook;
    await typeMatrix(page, 'sigmoid', 'x', '[True, False]');
    const picture = await settledPicture(page, 'sigmoid');
    expect(picture.some((mark) => mark.includes('x is not marked:'))).toBe(true);
    expect(problems).toEqual([]);
  });
});
