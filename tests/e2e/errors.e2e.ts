import { describe, expect, it } from 'vitest';
import { notebookPerSuite } from './harness/suite';
import { loadE2eFixture } from './harness/fixture';
import { cellNumpy, matrix, numpyOf, textBox, typeMatrix } from './harness/notebookPage';

const { seed, steps } = loadE2eFixture();
// The fixture's first batch-affine step gives W a shape that x cannot be multiplied by.
const mismatch = steps.find((s) => s.cell === 'batch-affine' && 'out' in s.errors);
const reluEdit = steps.find((s) => s.cell === 'relu' && s.name === 'x');

describe('mistakes the learner makes', () => {
  const suite = notebookPerSuite();

  it('text that does not parse shows an alert in that matrix, and the last valid value stays', async () => {
    const { page } = suite.notebook;
    const before = await cellNumpy(page, 'sigmoid');
    await typeMatrix(page, 'sigmoid', 'x', '[[1.0, 2.0], [3.0');
    const alert = matrix(page, 'sigmoid', 'x').getByRole('alert');
    await alert.waitFor();
    expect((await alert.textContent())?.trim()).not.toBe('');
    expect(await cellNumpy(page, 'sigmoid')).toEqual(before);
    expect(before.x).toBe(seed.sigmoid.x);
  });

  it('after a bad text, Escape goes back to the value in force and a good text still commits', async () => {
    const { page } = suite.notebook;
    const box = await textBox(page, 'sigmoid', 'x');
    await box.press('Escape');
    await expect.poll(() => matrix(page, 'sigmoid', 'x').getByRole('alert').count()).toBe(0);
    await typeMatrix(page, 'sigmoid', 'x', '[[1.0, -0.5], [-2.0, 3.0]]');
    await expect.poll(() => numpyOf(page, 'sigmoid', 'out')).toBe(seed.sigmoid.out);
  });

  it('a shape mismatch shows NumPy’s message in place of the outputs it breaks', async () => {
    if (!mismatch) throw new Error('the fixture has no batch-affine shape mismatch');
    const { page } = suite.notebook;
    await typeMatrix(page, 'batch-affine', mismatch.name, mismatch.text);
    await expect.poll(() => numpyOf(page, 'batch-affine', 'out')).toBe('');
    const alert = matrix(page, 'batch-affine', 'out').getByRole('alert');
    expect(await alert.textContent()).toContain(mismatch.errors.out);
    // The inputs themselves stay as typed, and dout (the seed's dY) is still shown.
    expect(await numpyOf(page, 'batch-affine', mismatch.name)).toBe(mismatch.numpy[mismatch.name]);
    expect(await numpyOf(page, 'batch-affine', 'dout')).toBe(mismatch.numpy.dout);
  });

  it('while one cell shows an error, every other cell keeps its values and keeps working', async () => {
    if (!reluEdit) throw new Error('the fixture has no relu x edit');
    const { page } = suite.notebook;
    for (const cell of ['sigmoid', 'affine', 'softmax-with-loss']) {
      expect(await cellNumpy(page, cell), cell).toMatchObject(seed[cell]);
    }
    await typeMatrix(page, 'relu', 'x', reluEdit.text);
    await expect.poll(() => numpyOf(page, 'relu', 'out')).toBe(reluEdit.numpy.out);
    expect(await numpyOf(page, 'relu', 'dx')).toBe(reluEdit.numpy.dx);
    const charts = page.locator('[data-cell="relu"] .js-plotly-plot .main-svg g.trace');
    await expect.poll(() => charts.count(), { timeout: 10_000 }).toBeGreaterThan(0);
  });

  it('logs no page errors and no console errors', () => {
    expect(suite.notebook.problems).toEqual([]);
  });
});
