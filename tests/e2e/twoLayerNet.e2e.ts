import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { notebookPerSuite } from './harness/suite';
import type { Page } from 'playwright-core';
import { numpyOf, typeMatrix } from './harness/notebookPage';

/** tests/fixtures/net-cell.json, written by scripts/fixtures/gen_net_cell.py (NumPy, the book's net). */
interface NetCellCase {
  readonly name: string;
  readonly x: { readonly shape: number[]; readonly data: number[] };
  readonly loss: number;
  readonly gradcheck: Readonly<Record<string, { readonly mean: number; readonly max: number }>>;
  readonly kinks: readonly (readonly number[])[];
  readonly numpy: Readonly<Record<string, string>>;
}
const fixture = JSON.parse(readFileSync(new URL('../fixtures/net-cell.json', import.meta.url), 'utf8')) as {
  cases: NetCellCase[];
};
const [defaults, , , kink] = fixture.cases;

const CELL = 'two-layer-net';
const PARAMS = ['W1', 'b1', 'W2', 'b2'];
// The numerical gradient matches NumPy's to a few ulps of the loss over h.
const ATOL = (32 * Number.EPSILON * defaults.loss) / 1e-4;

/** A 2-D array as Python source; JS and Python both print the shortest repr, so it parses back exactly. */
const pythonList = ({ shape, data }: NetCellCase['x']) =>
  `[${Array.from({ length: shape[0] }, (_, r) => `[${data.slice(r * shape[1], (r + 1) * shape[1]).join(', ')}]`).join(', ')}]`;

const scope = (page: Page) => page.locator(`[data-cell="${CELL}"]`);
const gradcheck = (page: Page, name: string) => scope(page).locator(`[data-gradcheck="${name}"]`);
const stepState = (page: Page, node: string) =>
  scope(page).locator(`[data-node="${node}"]`).getAttribute('data-state');

describe('the two-layer net, node by node, and its gradient check', () => {
  const suite = notebookPerSuite();

  it("shows the book's net on the default batch exactly as NumPy prints it", async () => {
    const { page } = suite.notebook;
    // The cell's code is its own chunk, loaded after the first cells' numbers.
    await scope(page).locator('[data-matrix="loss"]:not([data-numpy=""])').waitFor();
    for (const name of ['x', 't', 'W1', 'b1', 'W2', 'b2', 'dW1', 'db1', 'dW2', 'db2']) {
      expect(await scope(page).locator(`[data-matrix="${name}"]`).count(), name).toBe(1);
      expect(await numpyOf(page, CELL, name), name).toBe(defaults.numpy[name]);
    }
    expect(await numpyOf(page, CELL, 'loss')).toBe(defaults.numpy.loss);
    for (const name of PARAMS) {
      const value = Number(await gradcheck(page, name).getAttribute('data-value'));
      expect(Math.abs(value - defaults.gradcheck[name].mean), name).toBeLessThanOrEqual(ATOL);
    }
  });

  it('reads the loss and the gradient check back after x is typed into its text mode', async () => {
    const { page } = suite.notebook;
    await typeMatrix(page, CELL, 'x', pythonList(kink.x));
    await expect.poll(() => numpyOf(page, CELL, 'x'), { timeout: 5_000 }).toBe(kink.numpy.x);
    expect(await numpyOf(page, CELL, 'loss')).toBe(kink.numpy.loss);
    for (const name of PARAMS) {
      const value = Number(await gradcheck(page, name).getAttribute('data-value'));
      expect(Math.abs(value - kink.gradcheck[name].mean), name).toBeLessThanOrEqual(ATOL);
    }
    expect(await numpyOf(page, CELL, 'dW1')).toBe(kink.numpy.dW1);
    expect(await scope(page).locator('[data-kinks]').getAttribute('data-kinks')).toBe(
      String(kink.kinks.length),
    );
  });

  it('steps through forward and then backward, one node at a time, announcing each step', async () => {
    const { page } = suite.notebook;
    const status = scope(page).locator('[data-step-status]');
    await scope(page).locator('[data-step="reset"]').click();
    expect(await stepState(page, 'affine1')).toBe('none');
    expect(await status.textContent()).toMatch(/nothing computed yet/);
    const next = scope(page).locator('[data-step="next"]');
    for (const node of ['affine1', 'relu1', 'affine2', 'softmaxWithLoss']) {
      await next.click();
      expect(await stepState(page, node), node).toBe('forward');
    }
    expect(await stepState(page, 'L')).toBe('forward');
    for (const node of ['affine2', 'relu1', 'affine1', 'x']) {
      await next.click();
      expect(await stepState(page, node), node).toBe('backward');
      expect(await scope(page).locator(`[data-node-detail="${node}"]`).isVisible(), node).toBe(true);
    }
    expect(await status.textContent()).toMatch(/^Step 8 of 8, backward: Affine1\./);
    expect(await next.isDisabled()).toBe(true);
    await scope(page).locator('[data-step="prev"]').click();
    expect(await stepState(page, 'x')).toBe('forward');
  });

  it("opens a node's matrices when it is clicked", async () => {
    const { page } = suite.notebook;
    await scope(page).locator('[data-node="relu1"]').click();
    expect(await scope(page).locator('[data-node-detail="relu1"] [data-matrix="mask"]').isVisible()).toBe(
      true,
    );
    expect(await scope(page).locator('[data-node-detail="affine1"]').isVisible()).toBe(false);
  });

  it('draws a heatmap of the differences for each parameter', async () => {
    const { page } = suite.notebook;
    for (const name of PARAMS) {
      const traces = scope(page).locator(`[data-chart="gradcheck-${name}"] .js-plotly-plot .main-svg g.hm`);
      await expect.poll(() => traces.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    }
  });

  it('logs no page errors and no console errors', () => {
    expect(suite.notebook.problems).toEqual([]);
  });
});
