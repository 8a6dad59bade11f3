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
