import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectChromium } from './harness/chromium';
import { loadE2eFixture, type EditStep } from './harness/fixture';
import { array, formatNumpy } from '../../src/engine';
import { cellNumpy, matrix, openNotebook, typeMatrix, type NotebookPage } from './harness/notebookPage';
import { notebookPerSuite } from './harness/suite';

const { steps } = loadE2eFixture();

/** What the cell shows for the names a step checks: data-numpy, or '' for the outputs that failed. */
function expectedAfter(step: EditStep): Record<string, string> {
  const errors = Object.fromEntries(Object.keys(step.errors).map((name) => [name, '']));
  return { ...step.numpy, ...errors };
}

function pick(all: Record<string, string>, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, all[n]]));
}

describe('editing every matrix of every cell through its text mode', () => {
  let browser: Browser;
  let notebook: NotebookPage;

  beforeAll(async () => {
    browser = await connectChromium(inject('browserWs'));
    notebook = await openNotebook(browser, inject('appUrl'));
  });
  afterAll(async () => {
    await notebook?.close();
    await browser?.close();
  });

  // The steps build on each other (as in the fixture), so they run in order on one page.
  it.each(steps.map((step, i) => [i + 1, step.cell, step.name, step.text, step] as const))(
    'step %i: %s, %s = %s, matches NumPy',
    async (_i, cell, name, text, step) => {
      const { page } = notebook;
      await typeMatrix(page, cell, name, text);
      const expected = expectedAfter(step);
      const names = Object.keys(expected);
      await expect
        .poll(async () => pick(await cellNumpy(page, cell), names), { timeout: 5_000 })
        .toEqual(expected);
      for (const [output, message] of Object.entries(step.errors)) {
        const alert = matrix(page, cell, output).getByRole('alert');
        expect(await alert.textContent(), `${cell}: ${output}`).toContain(message.trim());
      }
    },
  );

  it('redraws the charts after the edits: the last loss is in the Softmax-with-Loss title', async () => {
    const last = steps.filter((s) => s.cell === 'softmax-with-loss').at(-1);
    const title = notebook.page.locator('[data-cell="softmax-with-loss"] .js-plotly-plot .gtitle');
    await expect
      .poll(async () => (await title.allTextContents()).join(' '), { timeout: 10_000 })
      .toContain(last?.numpy.loss ?? '?');
  });

  it('logs no page errors and no console errors', () => {
    expect(notebook.problems).toEqual([]);
  });
});

describe('editing a grid with the mouse', () => {
  const suite = notebookPerSuite();

  it('a click turns an element into its text box; clicking the next one commits the draft', async () => {
    const { page, problems } = suite.notebook;
    const x = matrix(page, 'relu', 'x');
    const element = (row: number, col: number) => x.locator(`td[data-row="${row}"][data-col="${col}"]`);
    const focused = () =>
      page.evaluate(() => {
        const box = document.activeElement as HTMLInputElement;
        return {
          label: box.getAttribute('aria-label'),
          selected: box.value.slice(box.selectionStart ?? 0, box.selectionEnd ?? 0),
        };
      });
    await element(1, 0).click();
    expect(await focused()).toEqual({ label: 'x[1, 0]', selected: '-2.' });
    await page.keyboard.type('5');
    await element(0, 1).click();
    expect((await focused()).label).toBe('x[0, 1]');
    const expected = formatNumpy(
      array([
        [1, -0.5],
        [5, 3],
      ]),
    );
    await expect.poll(() => x.getAttribute('data-numpy')).toBe(expected);
    await expect.poll(() => element(1, 0).textContent()).toBe('5.');
    expect(await x.locator('input').count()).toBe(1);
    expect(problems).toEqual([]);
  });
});
