import { describe, expect, it } from 'vitest';
import { notebookPerSuite } from './harness/suite';
import { loadE2eFixture } from './harness/fixture';
import { matrix } from './harness/notebookPage';

const fixture = loadE2eFixture();
const CELLS = ['relu', 'sigmoid', 'affine', 'batch-affine', 'softmax-with-loss'];
/** Every cell in page order: the seed's five, then the two-layer net (tested in twoLayerNet.e2e.ts). */
const ALL_CELLS = [...CELLS, 'two-layer-net'];

describe('the notebook as first opened', () => {
  const suite = notebookPerSuite();

  it('has the seed’s five cells in its order, then the two-layer net', async () => {
    const ids = await suite.notebook.page
      .locator('[data-cell]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-cell')));
    expect(ids).toEqual(ALL_CELLS);
  });

  it.each(CELLS)(
    '%s shows exactly what NumPy prints for the seed’s inputs, each matrix once',
    async (cell) => {
      const expected = fixture.seed[cell];
      for (const [name, numpy] of Object.entries(expected)) {
        const hook = matrix(suite.notebook.page, cell, name);
        expect(await hook.count(), `${cell}: [data-matrix="${name}"]`).toBe(1);
        expect(await hook.getAttribute('data-numpy'), `${cell}: ${name}`).toBe(numpy);
      }
    },
  );

  it.each(CELLS)('%s draws its chart with Plotly once the numbers are up', async (cell) => {
    const traces = suite.notebook.page.locator(`[data-cell="${cell}"] .js-plotly-plot .main-svg g.trace`);
    await expect.poll(() => traces.count(), { timeout: 10_000 }).toBeGreaterThan(0);
  });

  it('puts the seed’s loss in the Softmax-with-Loss chart’s title', async () => {
    const title = suite.notebook.page.locator('[data-cell="softmax-with-loss"] .js-plotly-plot .gtitle');
    await expect
      .poll(async () => (await title.allTextContents()).join(' '), { timeout: 10_000 })
      .toContain('0.10406420174253615');
  });

  it('logs no page errors and no console errors', () => {
    expect(suite.notebook.problems).toEqual([]);
  });
});
