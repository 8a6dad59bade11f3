import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

/** The notebook open in a fresh browser context, with every page error and console error collected. */
export interface NotebookPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Uncaught exceptions and console.error messages seen so far. */
  readonly problems: string[];
  readonly close: () => Promise<void>;
}

/** Selector of a matrix (input or output) inside a cell: the public test hook. */
export function matrixSelector(cell: string, name: string): string {
  return `[data-cell="${cell}"] [data-matrix="${name}"]`;
}

/**
 * tsx (esbuild with keepNames) wraps named functions in `__name(...)` calls, which break inside functions
 * sent to page.evaluate from scripts; this page-side no-op makes them harmless.
 */
export const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

/**
 * Opens the app in a new context (fresh storage, so nothing autosaved leaks between files) and waits
 * for the last cell's numbers.
 */
export async function openNotebook(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 900 },
): Promise<NotebookPage> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(NAME_SHIM);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(url);
  await page.locator(`${matrixSelector('softmax-with-loss', 'loss')}:not([data-numpy=""])`).waitFor();
  // The two-layer net loads lazily, after the first cells.
  await page.locator(`${matrixSelector('two-layer-net', 'loss')}:not([data-numpy=""])`).waitFor();
  return { page, context, problems, close: () => context.close() };
}

/** The one element of a matrix hook; fails when the cell has none or several. */
export function matrix(page: Page, cell: string, name: string): Locator {
  return page.locator(matrixSelector(cell, name));
}

/** The matrix's data-numpy: NumPy's str() of its value, or '' when it cannot be computed. */
export async function numpyOf(page: Page, cell: string, name: string): Promise<string | null> {
  return matrix(page, cell, name).getAttribute('data-numpy');
}

/** The text-mode box of an editable matrix, opened through its [data-edit-text] control if hidden. */
export async function textBox(page: Page, cell: string, name: string): Promise<Locator> {
  const scope = page.locator(`[data-cell="${cell}"]`);
  const box = scope.locator(`textarea[data-numpy-input="${name}"]`);
  if (!(await box.isVisible())) {
    await scope.locator(`[data-edit-text="${name}"]`).click();
    await box.waitFor({ state: 'visible' });
  }
  return box;
}

/** Types `text` into a matrix's text mode and commits it with Ctrl+Enter, as a learner would. */
export async function typeMatrix(page: Page, cell: string, name: string, text: string): Promise<void> {
  const box = await textBox(page, cell, name);
  await box.fill(text);
  await box.press('Control+Enter');
}

/** Every data-numpy of a cell, by matrix name (the names must be unique in the cell). */
export async function cellNumpy(page: Page, cell: string): Promise<Record<string, string>> {
  return page
    .locator(`[data-cell="${cell}"] [data-matrix]`)
    .evaluateAll((nodes) =>
      Object.fromEntries(
        nodes.map((n) => [n.getAttribute('data-matrix') ?? '', n.getAttribute('data-numpy') ?? '']),
      ),
    );
}

/**
 * Waits until nothing the page loads or lays out later is still to come, so a test that walks or audits
 * the whole page sees all of it: the two-layer net (a lazy chunk), the training panel with its digits
 * loaded (its Start button is disabled until then), every chart drawn by Plotly, every formula typeset
 * by KaTeX, every open export panel's script, the fonts, and every box whose content is too wide for it
 * made a tab stop (`src/components/useScrollFocus.ts` measures after layout or when the page is idle).
 * A condition, polled each frame, never a fixed delay; on a timeout the error names what was missing.
 */
export async function waitForSettled(page: Page, timeout = 60_000): Promise<void> {
  const pending = () =>
    page.evaluate(async () => {
      await document.fonts.ready;
      const missing: string[] = [];
      const loss = document.querySelector('[data-cell="two-layer-net"] [data-matrix="loss"]');
      if (!loss || loss.getAttribute('data-numpy') === '') missing.push('the two-layer net');
      const status = document.querySelector('[data-training] [data-train-status]');
      if (!status || status.getAttribute('data-train-status') === 'loading')
        missing.push('the training panel');
      const charts = [...document.querySelectorAll('[data-chart]')];
      const undrawn = charts.filter((c) => c.querySelector('.main-svg') === null);
      if (charts.length === 0 || undrawn.length > 0)
        missing.push(`charts: ${undrawn.map((c) => c.getAttribute('data-chart')).join(', ') || 'none yet'}`);
      if (document.querySelector('[data-formula] .formula-source')) missing.push('typeset formulas');
      for (const pre of document.querySelectorAll('pre[data-export-code]'))
        if (!pre.textContent) missing.push(`the ${pre.getAttribute('data-export-code')} export`);
      if (document.fonts.status !== 'loaded') missing.push('fonts');
      const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]';
      for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
        const style = getComputedStyle(el);
        const scrolls = (o: string) => o === 'auto' || o === 'scroll';
        const wide = scrolls(style.overflowX) && el.scrollWidth > el.clientWidth;
        const tall = scrolls(style.overflowY) && el.scrollHeight > el.clientHeight;
        if (!(wide || tall) || (el.matches(focusable) && el.tabIndex >= 0)) continue;
        if ([...el.querySelectorAll<HTMLElement>(focusable)].some((c) => c.tabIndex >= 0)) continue;
        missing.push(
          `a tab stop on the scrolling ${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`,
        );
      }
      return missing;
    });
  const deadline = Date.now() + timeout;
  let missing = await pending();
  while (missing.length > 0) {
    if (Date.now() > deadline)
      throw new Error(`the page did not settle within ${timeout} ms: ${missing.join('; ')}`);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
    missing = await pending();
  }
}
