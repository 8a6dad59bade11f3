import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { notebookPerSuite } from './harness/suite';
import { loadE2eFixture } from './harness/fixture';
import { cellNumpy, matrix, waitForSettled } from './harness/notebookPage';

const { seed, steps } = loadE2eFixture();
// A 2×3 x for the 2×2 seed one: reached by keyboard alone, one column added and six elements typed.
const reluStep = steps.find((s) => s.cell === 'relu' && s.name === 'x' && s.text.startsWith('[[-1.5'))!;

const GRID_INPUT = '[role="grid"] input';
/** An element of an editing grid: a text box once Tab (or a click, or an arrow) reaches it. */
const GRID_ELEMENT = '[role="grid"] td[data-row]';

/**
 * Marks every element the Tab key should reach, in document order, with data-tab-order="<n>", and returns
 * how many there are. Tabbable: links, form controls, summaries and [tabindex] elements that are rendered
 * and not disabled, without tabindex="-1"; the elements of an editing grid, where Tab steps through every
 * element in reading order, as in a spreadsheet (each is marked on its cell: only the active one is a text
 * box until Tab reaches the next); and, as Chromium does, a box that scrolls and has nothing focusable
 * inside (so that it can be scrolled by keyboard).
 */
async function markTabOrder(page: Page): Promise<number> {
  return page.evaluate(
    ([gridInput, gridElement]) => {
      const CONTROLS =
        'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"]';
      const control = (el: HTMLElement) => {
        if (!el.matches(CONTROLS) || (el as HTMLButtonElement).disabled) return false;
        if (el.tagName === 'SUMMARY' && el.parentElement?.querySelector(':scope > summary') !== el)
          return false;
        return el.tabIndex >= 0;
      };
      const scroller = (el: HTMLElement) => {
        const style = getComputedStyle(el);
        const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';
        const wide = scrolls(style.overflowX) && el.scrollWidth > el.clientWidth;
        const tall = scrolls(style.overflowY) && el.scrollHeight > el.clientHeight;
        return (
          (wide || tall) && ![...el.querySelectorAll<HTMLElement>(CONTROLS)].some((c) => c.tabIndex >= 0)
        );
      };
      let n = 0;
      for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
        el.removeAttribute('data-tab-order');
        if (!el.checkVisibility({ visibilityProperty: true })) continue;
        if (el.matches(gridInput)) continue;
        if (el.matches(gridElement) || control(el) || scroller(el))
          el.setAttribute('data-tab-order', String(n++));
      }
      return n;
    },
    [GRID_INPUT, GRID_ELEMENT],
  );
}

/**
 * What has the focus: its data-tab-order (a grid's text box: its cell's; a description when it has none)
 * and whether a ring shows.
 */
async function focused(page: Page): Promise<{ order: string; ring: boolean; focusVisible: boolean }> {
  return page.evaluate((gridInput) => {
    const el = document.activeElement as HTMLElement | null;
    if (el === null || el === document.body) return { order: 'body', ring: false, focusVisible: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const marked = el.matches(gridInput) ? el.closest('td') : el;
    return {
      order: marked?.getAttribute('data-tab-order') ?? `unmarked ${el.outerHTML.slice(0, 120)}`,
      ring: outline || style.boxShadow !== 'none',
      focusVisible: el.matches(':focus-visible'),
    };
  }, GRID_INPUT);
}

/** Presses `key` until the focused element matches `selector` (at most `limit` presses). */
async function pressUntil(page: Page, key: string, selector: string, limit = 30): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} × ${limit} never reached ${selector}`);
}

/** The accessible name (aria-label) of the focused element. */
function focusedLabel(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
}

describe('the notebook by keyboard alone', () => {
  const suite = notebookPerSuite();

  it(
    'Tab reaches every control once, in document order, each with a visible focus ring, and leaves the page',
    {
      timeout: 120_000,
    },
    async () => {
      const { page } = suite.notebook;
      // Lazy parts add controls (the training panel's buttons, enabled once its digits are in) and change
      // what overflows (charts, typeset formulas, fonts): wait until every one is there.
      await waitForSettled(page);
      const count = await markTabOrder(page);
      expect(count).toBeGreaterThan(50);
      expect(await page.locator('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])').count()).toBe(0);
      const walked: string[] = [];
      const unringed: string[] = [];
      for (let i = 0; i < count; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        walked.push(f.order);
        if (!f.ring || !f.focusVisible) unringed.push(f.order);
      }
      expect(walked).toEqual(Array.from({ length: count }, (_, i) => String(i)));
      expect(unringed, 'focused without a visible :focus-visible ring').toEqual([]);
      // One more Tab leaves the page: the last control (past every chart) is no trap.
      await page.keyboard.press('Tab');
      expect((await focused(page)).order).toBe('body');
    },
  );

  it('puts every chart in the walk as a described image with nothing to tab into', async () => {
    const { page } = suite.notebook;
    const charts = page.locator('[data-chart]');
    expect(await charts.count()).toBeGreaterThan(0);
    const drawn = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-chart]')].every((c) => c.querySelector('.main-svg') !== null),
      );
    await expect.poll(drawn, { timeout: 15_000 }).toBe(true);
    await markTabOrder(page);
    for (const chart of await charts.all()) {
      const img = chart.locator('[role="img"]');
      expect(await img.count()).toBe(1);
      expect((await img.getAttribute('aria-label'))?.length ?? 0).toBeGreaterThan(10);
      expect(await chart.locator('[data-tab-order]').count()).toBe(0);
    }
  });

  it('starts with a skip link that lands on the first cell’s first matrix element', async () => {
    const { page } = suite.notebook;
    await page.reload();
    await matrix(page, 'relu', 'x').waitFor();
    const hash = await page.evaluate(() => location.hash);
    await page.keyboard.press('Tab');
    const link = page.locator('a.skip-link');
    expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
    const box = await link.boundingBox();
    expect(box !== null && box.y >= 0 && box.height > 0, 'the focused skip link is on screen').toBe(true);
    await page.keyboard.press('Enter');
    expect(await focusedLabel(page)).toBe('x[0, 0]');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-cell]')?.id)).toBe('relu');
    expect(await page.evaluate(() => location.hash)).toBe(hash);
  });

  it('walks the ReLU x grid with the arrow keys and reverts a draft with Escape', async () => {
    const { page } = suite.notebook;
    expect(await focusedLabel(page)).toBe('x[0, 0]');
    const walk: (string | null)[] = [];
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowUp', 'ArrowLeft']) {
      await page.keyboard.press(key);
      walk.push(await focusedLabel(page));
    }
    // The edges hold: Up and Left from the corner stay put.
    expect(walk).toEqual(['x[0, 1]', 'x[1, 1]', 'x[1, 0]', 'x[0, 0]', 'x[0, 0]', 'x[0, 0]']);
    await page.keyboard.type('42');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('1.');
    expect(await cellNumpy(page, 'relu')).toEqual(seed.relu);
  });

  it('exposes an input as a named grid of rows of cells, each box named by its NumPy index', async () => {
    const grid = matrix(suite.notebook.page, 'relu', 'x').locator('[role="grid"]');
    const name = await grid.getAttribute('aria-label');
    expect(name).toBeTruthy();
    const tree = await grid.ariaSnapshot();
    expect(tree.startsWith(`- grid "${name}":\n  - rowgroup:\n    - row `)).toBe(true);
    expect(tree.match(/^ {4}- row /gm)).toHaveLength(2);
    // The active element is a text box named by its index; the others show their text.
    expect(tree).toContain('- gridcell "1.":\n        - textbox "x[0, 0]": "1."');
    expect(tree).toContain('- gridcell "3."');
  });

  it('exposes an output as a named table of rows of cells, every matrix in a labelled group', async () => {
    const table = matrix(suite.notebook.page, 'relu', 'out').locator('table');
    const name = await table.getAttribute('aria-label');
    expect(name).toBeTruthy();
    const tree = await table.ariaSnapshot();
    expect(tree.startsWith(`- table "${name}":\n  - rowgroup:\n    - row `)).toBe(true);
    expect(tree.match(/^ {6}- cell /gm)).toHaveLength(4);
    const unlabelled = await suite.notebook.page.locator('[data-matrix]').evaluateAll((nodes) =>
      nodes
        .filter((n) => {
          const by = n.getAttribute('aria-labelledby');
          return (
            n.getAttribute('role') !== 'group' || !by || !document.getElementById(by)?.textContent?.trim()
          );
        })
        .map(
          (n) => `${n.closest('[data-cell]')?.getAttribute('data-cell')}/${n.getAttribute('data-matrix')}`,
        ),
    );
    expect(unlabelled).toEqual([]);
  });

  it('adds a column and types a whole new x by keyboard alone, and the cell shows what NumPy prints', async () => {
    const { page } = suite.notebook;
    const x = '[data-cell="relu"] [data-matrix="x"]';
    await pressUntil(page, 'Shift+Tab', `${x} button[aria-label="Add column to x"]`);
    await page.keyboard.press('Enter');
    await pressUntil(page, 'Tab', `${x} ${GRID_INPUT}`);
    expect(await focusedLabel(page)).toBe('x[0, 0]');
    for (const [i, value] of ['-1.5', '2.0', '0.0', '3.0', '-0.25', '4.0'].entries()) {
      await page.keyboard.type(value);
      await page.keyboard.press(i < 5 ? 'Tab' : 'Enter');
    }
    await expect.poll(() => cellNumpy(page, 'relu')).toEqual(reluStep.numpy);
    expect(suite.notebook.problems).toEqual([]);
  });
});
