import { describe, expect, it } from 'vitest';
import { array, formatNumpy } from '../../src/engine';
import { defaultInputs } from '../../src/notebook/cells';
import { CELL_IDS } from '../../src/notebook/cellIds';
import { createNotebookStore } from '../../src/store/notebookStore';
import type { NotebookInputs } from '../../src/store/types';

const x3 = array([[1, 2, 3]], 'float64');

describe('createNotebookStore', () => {
  it("starts from the seed's inputs, the same values as defaultInputs()", () => {
    const { inputs } = createNotebookStore().getState();
    const seed = defaultInputs();
    for (const id of CELL_IDS) {
      expect(Object.keys(inputs[id].matrices).sort()).toEqual(Object.keys(seed[id].matrices).sort());
      for (const [name, t] of Object.entries(seed[id].matrices)) {
        expect(formatNumpy(inputs[id].matrices[name])).toBe(formatNumpy(t));
      }
    }
  });

  it('setMatrix(cell, name, t) replaces that matrix and keeps every other cell the very same object', () => {
    const store = createNotebookStore();
    const before = store.getState().inputs;
    store.getState().setMatrix('relu', 'x', x3);
    const after = store.getState().inputs;
    expect(after.relu.matrices.x).toBe(x3);
    expect(after.relu.dout).toBe('seed');
    for (const id of CELL_IDS.filter((c) => c !== 'relu')) expect(after[id]).toBe(before[id]);
  });

  it("setMatrix(cell, 'dout', t) makes dout the cell's own", () => {
    const store = createNotebookStore();
    store.getState().setMatrix('sigmoid', 'dout', x3);
    expect(store.getState().inputs.sigmoid).toMatchObject({ dout: 'custom', matrices: { dout: x3 } });
  });

  it('setDout(cell, source) switches the source, and setting the same source changes nothing', () => {
    const store = createNotebookStore();
    store.getState().setDout('relu', 'ones');
    const inputs = store.getState().inputs;
    expect(inputs.relu.dout).toBe('ones');
    store.getState().setDout('relu', 'ones');
    expect(store.getState().inputs).toBe(inputs);
  });

  it('patchCell(cell, patch) merges matrices and sets dout in one change', () => {
    const store = createNotebookStore();
    const changes: NotebookInputs[] = [];
    store.subscribe((s) => changes.push(s.inputs));
    const t = array([1, 1], 'int64');
    store.getState().patchCell('softmax-with-loss', { matrices: { t }, dout: 'ones' });
    expect(changes).toHaveLength(1);
    const cell = store.getState().inputs['softmax-with-loss'];
    expect(cell.matrices.t).toBe(t);
    expect(formatNumpy(cell.matrices.x)).toBe('[[ 1.  -0.5]\n [-2.   3. ]]');
    expect(cell.dout).toBe('ones');
  });

  it('setSeed(cell, n) redraws X = rand(2), W = rand(2, 3), B = rand(3) after np.random.seed(n)', () => {
    const store = createNotebookStore();
    store.getState().setSeed('affine', 1);
    const { matrices, seed } = store.getState().inputs.affine;
    expect(seed).toBe(1);
    expect(formatNumpy(matrices.x)).toBe('[0.417022   0.72032449]');
    expect(formatNumpy(matrices.W)).toBe(
      '[[1.14374817e-04 3.02332573e-01 1.46755891e-01]\n [9.23385948e-02 1.86260211e-01 3.45560727e-01]]',
    );
    expect(formatNumpy(matrices.b)).toBe('[0.39676747 0.53881673 0.41919451]');
  });

  it('setSeed keeps the dout source the learner chose', () => {
    const store = createNotebookStore();
    store.getState().setDout('affine', 'custom');
    store.getState().setSeed('affine', 5);
    expect(store.getState().inputs.affine.dout).toBe('custom');
  });

  it('reroll(cell) moves the random cell to the next seed', () => {
    const store = createNotebookStore();
    store.getState().reroll('affine');
    store.getState().reroll('affine');
    expect(store.getState().inputs.affine.seed).toBe(2);
  });

  it("loadPreset(cell, id) loads the seed's np.array(range(10)) into ReLU, as int64", () => {
    const store = createNotebookStore();
    store.getState().loadPreset('relu', 'seed-range');
    const x = store.getState().inputs.relu.matrices.x;
    expect(x.dtype).toBe('int64');
    expect(formatNumpy(x)).toBe('[0 1 2 3 4 5 6 7 8 9]');
  });

  it('loadPreset throws for a preset the cell does not have', () => {
    expect(() => createNotebookStore().getState().loadPreset('relu', 'nope')).toThrow(
      /relu has no preset "nope"/,
    );
  });

  it('resetCell(cell) puts that cell back and leaves the others as they were', () => {
    const store = createNotebookStore();
    store.getState().setMatrix('relu', 'x', x3);
    store.getState().setMatrix('sigmoid', 'x', x3);
    store.getState().resetCell('relu');
    const { inputs } = store.getState();
    expect(formatNumpy(inputs.relu.matrices.x)).toBe('[[ 1.  -0.5]\n [-2.   3. ]]');
    expect(inputs.sigmoid.matrices.x).toBe(x3);
  });

  it('resetAll() puts every cell back to the seed', () => {
    const store = createNotebookStore();
    store.getState().setMatrix('relu', 'x', x3);
    store.getState().reroll('affine');
    store.getState().resetAll();
    const { inputs } = store.getState();
    expect(formatNumpy(inputs.relu.matrices.x)).toBe('[[ 1.  -0.5]\n [-2.   3. ]]');
    expect(inputs.affine.seed).toBe(0);
  });

  it('replaceInputs(inputs) installs the given inputs as they are', () => {
    const store = createNotebookStore();
    const next = {
      ...defaultInputs(),
      relu: { matrices: { x: x3, dout: x3 }, dout: 'custom' as const, seed: 0 },
    };
    store.getState().replaceInputs(next);
    expect(store.getState().inputs).toBe(next);
  });

  it('sends every action through apply, so a wrapper sees each change', () => {
    const store = createNotebookStore();
    const seen: NotebookInputs[] = [];
    const inner = store.getState().apply;
    store.setState({ apply: (next) => (seen.push(next), inner(next)) });
    const s = store.getState();
    s.setMatrix('relu', 'x', x3);
    s.setDout('relu', 'ones');
    s.patchCell('relu', { dout: 'custom' });
    s.setSeed('affine', 3);
    s.reroll('affine');
    s.loadPreset('relu', 'seed-range');
    s.resetCell('relu');
    s.resetAll();
    s.replaceInputs(defaultInputs());
    expect(seen).toHaveLength(9);
    expect(store.getState().inputs).toBe(seen[8]);
  });
});
