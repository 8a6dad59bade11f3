import { describe, expect, it } from 'vitest';
import { array } from '../../src/engine';
import { defaultInputs } from '../../src/notebook/cells';
import { createHistory, editKey } from '../../src/store/history';
import { createNotebookStore } from '../../src/store/notebookStore';

/** A store, its history and a clock the test moves by hand. */
function setup(limit?: number) {
  const store = createNotebookStore();
  let t = 0;
  const history = createHistory(store, { limit, coalesceMs: 1000, now: () => t });
  const tick = (ms: number) => (t += ms);
  const x = () => store.getState().inputs.relu.matrices.x;
  return { store, history, tick, x };
}

describe('createHistory', () => {
  it('undo walks back edits in any cell, newest first, and redo walks forward again', () => {
    const { store, history, tick } = setup();
    const start = store.getState().inputs;
    store.getState().setMatrix('relu', 'x', array([1]));
    tick(5000);
    store.getState().setDout('sigmoid', 'ones');
    const end = store.getState().inputs;
    expect(history.undo()).toBe(true);
    expect(store.getState().inputs.sigmoid.dout).toBe(start.sigmoid.dout);
    expect(store.getState().inputs.relu).toBe(end.relu);
    expect(history.undo()).toBe(true);
    expect(store.getState().inputs).toBe(start);
    expect(history.undo()).toBe(false);
    expect(history.redo()).toBe(true);
    expect(history.redo()).toBe(true);
    expect(store.getState().inputs).toBe(end);
    expect(history.redo()).toBe(false);
  });

  it('merges rapid edits of the same matrix into one step', () => {
    const { store, history, tick, x } = setup();
    const before = x();
    for (let i = 0; i < 5; i++) {
      store.getState().setMatrix('relu', 'x', array([i]));
      tick(300);
    }
    history.undo();
    expect(x()).toBe(before);
    expect(history.state.getState().canUndo).toBe(false);
  });

  it('keeps edits of the same matrix apart when a pause or another matrix comes between', () => {
    const { store, history, tick, x } = setup();
    store.getState().setMatrix('relu', 'x', array([1]));
    const one = x();
    tick(1500);
    store.getState().setMatrix('relu', 'x', array([2]));
    history.undo();
    expect(x()).toBe(one);

    store.getState().setMatrix('relu', 'x', array([3]));
    const three = x();
    store.getState().setMatrix('sigmoid', 'x', array([4]));
    store.getState().setMatrix('relu', 'x', array([5]));
    history.undo();
    expect(x()).toBe(three);
  });

  it('does not merge an edit into a step that undo has just reopened', () => {
    const { store, history, x } = setup();
    store.getState().setMatrix('relu', 'x', array([1]));
    store.getState().setMatrix('sigmoid', 'x', array([2]));
    history.undo();
    store.getState().setMatrix('relu', 'x', array([3]));
    history.undo();
    expect(x().data[0]).toBe(1);
  });

  it('a new edit after undo drops the redo steps', () => {
    const { store, history } = setup();
    store.getState().setDout('relu', 'ones');
    history.undo();
    expect(history.state.getState()).toEqual({ canUndo: false, canRedo: true });
    store.getState().setDout('relu', 'custom');
    expect(history.state.getState()).toEqual({ canUndo: true, canRedo: false });
    expect(history.redo()).toBe(false);
  });

  it('keeps at most `limit` steps, dropping the oldest', () => {
    const { store, history } = setup(3);
    for (let s = 1; s <= 5; s++) store.getState().setSeed('affine', s);
    let undone = 0;
    while (history.undo()) undone++;
    expect(undone).toBe(3);
    expect(store.getState().inputs.affine.seed).toBe(2);
  });

  it('records resets and whole-notebook replacements like any edit', () => {
    const { store, history } = setup();
    store.getState().setDout('relu', 'ones');
    const edited = store.getState().inputs;
    store.getState().resetAll();
    history.undo();
    expect(store.getState().inputs).toBe(edited);
    store.getState().replaceInputs(defaultInputs());
    expect(history.state.getState().canUndo).toBe(true);
  });

  it('stops recording after dispose, and clear forgets every step', () => {
    const { store, history } = setup();
    store.getState().setDout('relu', 'ones');
    history.clear();
    expect(history.undo()).toBe(false);
    history.dispose();
    store.getState().setDout('relu', 'custom');
    expect(history.state.getState().canUndo).toBe(false);
  });
});

describe('editKey', () => {
  const base = defaultInputs();
  it('names the one matrix a change edited', () => {
    const next = { ...base, relu: { ...base.relu, matrices: { ...base.relu.matrices, x: array([1]) } } };
    expect(editKey(base, next)).toBe('relu/x');
  });
  it('is null for a dout or seed change, or edits in two places', () => {
    expect(editKey(base, { ...base, relu: { ...base.relu, dout: 'ones' } })).toBeNull();
    expect(editKey(base, { ...base, affine: { ...base.affine, seed: 9 } })).toBeNull();
    const two = {
      ...base,
      relu: { ...base.relu, matrices: { x: array([1]) } },
      sigmoid: { ...base.sigmoid, matrices: { x: array([1]) } },
    };
    expect(editKey(base, two)).toBeNull();
  });
});

describe('createHistory: rebase (a cell taken in from another tab)', () => {
  it('is not a step, and every step takes the new value: undo never undoes the other tab’s edit', () => {
    const { store, history, tick } = setup();
    store.getState().setMatrix('sigmoid', 'x', array([1]));
    tick(5000);
    store.getState().setMatrix('relu', 'x', array([2]));
    tick(5000);
    const theirs = { ...store.getState().inputs.relu, matrices: { x: array([9]) } };
    history.rebase('relu', theirs, () =>
      store.getState().replaceInputs({ ...store.getState().inputs, relu: theirs }),
    );
    const relu = () => Array.from(store.getState().inputs.relu.matrices.x.data);
    expect(relu()).toEqual([9]);
    // The step that only changed relu now changes nothing, so it is gone; the sigmoid edit is next.
    expect(history.undo()).toBe(true);
    expect(Array.from(store.getState().inputs.sigmoid.matrices.x.data)).toEqual(
      Array.from(defaultInputs().sigmoid.matrices.x.data),
    );
    expect(relu()).toEqual([9]);
    expect(history.undo()).toBe(false);
    expect(history.redo()).toBe(true);
    expect(Array.from(store.getState().inputs.sigmoid.matrices.x.data)).toEqual([1]);
    expect(relu()).toEqual([9]);
  });
});
