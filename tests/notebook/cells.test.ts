import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { array, formatNumpy } from '../../src/engine';
import {
  CELLS,
  defaultCellInputs,
  defaultInputs,
  reseededInputs,
  seedMatrices,
} from '../../src/notebook/cells';
import { CELL_IDS } from '../../src/notebook/cellIds';

const seed = readFileSync(new URL('../../scripts/fixtures/seed_notebook.txt', import.meta.url), 'utf8');

describe('CELLS', () => {
  it('has one definition per cell id, each under its own id', () => {
    expect(Object.keys(CELLS).sort()).toEqual([...CELL_IDS].sort());
    for (const id of CELL_IDS) expect(CELLS[id].id).toBe(id);
  });

  it("quotes each cell's Python verbatim from the seed, with what it printed right after it", () => {
    for (const id of CELL_IDS) {
      // The seed's closing section has no code: it points at another notebook, so its cell runs the book's.
      if (id === 'two-layer-net') expect(CELLS[id].source).toEqual([]);
      else expect(CELLS[id].source.length).toBeGreaterThan(0);
      for (const { prompt, code, output } of CELLS[id].source) {
        expect(seed).toContain(`In [${prompt}]:\n${code}\n`);
        if (output !== undefined) expect(seed).toContain(`In [${prompt}]:\n${code}\n\n${output}\n`);
      }
    }
  });

  it("keeps the seed's code cells in the seed's order across the whole notebook", () => {
    const quoted = CELL_IDS.flatMap((id) => CELLS[id].source.map((c) => `In [${c.prompt}]:\n${c.code}`));
    const positions = quoted.map((q) => seed.indexOf(q));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(quoted).toHaveLength(seed.match(/^In \[\d+\]:$/gm)!.length);
  });

  it("quotes the seed's commentary in its Japanese verbatim and gives each note an English rendering", () => {
    for (const id of CELL_IDS) {
      for (const note of CELLS[id].commentary) {
        if (note.source === 'seed') expect(seed).toContain(note.text.ja);
        expect(note.text.en.length).toBeGreaterThan(0);
        expect(note.text.ja.length).toBeGreaterThan(0);
      }
    }
  });

  it("titles each cell with the seed's heading (the closing section's is a top-level # heading)", () => {
    const headings = seed.match(/^#{1,2} .+$/gm)!.map((h) => h.replace(/^#+ /, ''));
    for (const id of CELL_IDS) expect(headings).toContain(CELLS[id].title.ja);
    expect(seed).toContain(`\n# ${CELLS['two-layer-net'].title.ja}\n`);
  });
});

describe('defaultInputs', () => {
  it("gives ReLU, Sigmoid and Softmax-with-Loss the seed's x, float64, printing as the seed printed it", () => {
    const inputs = defaultInputs();
    for (const id of ['relu', 'sigmoid', 'softmax-with-loss'] as const) {
      expect(inputs[id].matrices.x.dtype).toBe('float64');
      expect(formatNumpy(inputs[id].matrices.x)).toBe('[[ 1.  -0.5]\n [-2.   3. ]]');
    }
  });

  it('passes what the seed passes as dout: x for ReLU and Sigmoid, dY for the batch, ones for the single Affine', () => {
    expect(CELLS.relu.seedDout).toEqual({ kind: 'input', name: 'x' });
    expect(CELLS.sigmoid.seedDout).toEqual({ kind: 'input', name: 'x' });
    expect(CELLS.affine.seedDout).toEqual({ kind: 'ones' });
    const batch = CELLS['batch-affine'].seedDout;
    expect(batch.kind === 'constant' && formatNumpy(batch.value)).toBe('[[1 2 3]\n [4 5 6]]');
    for (const id of CELL_IDS) expect(defaultCellInputs(id).dout).toBe('seed');
  });

  it("gives the batch Affine int64 x and W whose product is the seed's X_dot_W, and B = [1 2 3]", () => {
    const { x, W, b, dout } = defaultInputs()['batch-affine'].matrices;
    for (const t of [x, W, b, dout]) expect(t.dtype).toBe('int64');
    expect(formatNumpy(x)).toBe('[[ 0]\n [10]]');
    expect(formatNumpy(W)).toBe('[[1 1 1]]');
    expect(formatNumpy(b)).toBe('[1 2 3]');
  });

  it("gives Softmax-with-Loss the seed's t = [[0, 1]], int64 of shape (1, 2)", () => {
    const { t } = defaultInputs()['softmax-with-loss'].matrices;
    expect(t.dtype).toBe('int64');
    expect(t.shape).toEqual([1, 2]);
  });

  it('draws the single Affine as np.random.seed(0); X = rand(2); W = rand(2, 3); B = rand(3)', () => {
    const { matrices, seed: n } = defaultInputs().affine;
    expect(n).toBe(0);
    expect(formatNumpy(matrices.x)).toBe('[0.5488135  0.71518937]');
    expect(formatNumpy(matrices.W)).toBe(
      '[[0.60276338 0.54488318 0.4236548 ]\n [0.64589411 0.43758721 0.891773  ]]',
    );
    expect(formatNumpy(matrices.b)).toBe('[0.96366276 0.38344152 0.79172504]');
  });

  it("replays the seed's Affine(X, B) slip with X as W and the later B = rand(2)", () => {
    const slip = CELLS['batch-affine'].presets.find((p) => p.id === 'seed-slip')!;
    expect(formatNumpy(slip.matrices.W)).toBe('[0.5488135  0.71518937]');
    expect(formatNumpy(slip.matrices.b)).toBe('[0.83261985 0.77815675]');
    expect(slip.dout).toBe('ones');
  });
});

describe('seedMatrices', () => {
  it("is what reset restores: the first preset, or the random draw at the cell's seed", () => {
    expect(seedMatrices('relu', 0)).toBe(CELLS.relu.presets[0].matrices);
    expect(formatNumpy(seedMatrices('affine', 1).x)).toBe('[0.417022   0.72032449]');
  });
});

describe('reseededInputs', () => {
  it('redraws every input of a cell that keeps none, and keeps its dout choice', () => {
    const current = { ...defaultCellInputs('affine'), dout: 'ones' as const };
    const next = reseededInputs(CELLS.affine, current, 1);
    expect(next.seed).toBe(1);
    expect(next.dout).toBe('ones');
    expect(formatNumpy(next.matrices.x)).toBe('[0.417022   0.72032449]');
  });

  it("keeps the inputs listed in keepOnReseed as the learner set them (the two-layer net's x and t)", () => {
    const base = defaultCellInputs('two-layer-net');
    const x = array([[1, 2, 3, 4]], 'float64');
    const next = reseededInputs(CELLS['two-layer-net'], { ...base, matrices: { ...base.matrices, x } }, 7);
    expect(next.seed).toBe(7);
    expect(next.matrices.x).toBe(x);
    expect(next.matrices.t).toBe(base.matrices.t);
  });
});
