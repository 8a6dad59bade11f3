import { createStore, type StoreApi } from 'zustand/vanilla';
import { CELL_IDS, type CellId } from '../notebook/cellIds';
import type { NotebookStore } from './notebookStore';
import type { CellInputs, NotebookInputs } from './types';

/**
 * Undo and redo across every cell, as a layer over the notebook store: it listens to the store and keeps
 * the inputs as they were before each change. Inputs are immutable, so an entry costs one reference.
 */

/** What the undo/redo controls need to draw themselves. */
export interface HistoryState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

/** The undo history of one notebook store. */
export interface History {
  /** Steps back one change; false when there is nothing to undo. */
  readonly undo: () => boolean;
  /** Steps forward again; false when there is nothing to redo. */
  readonly redo: () => boolean;
  /**
   * Runs `apply`, which puts `value` into `cell` (another tab's newer version of it), without recording a
   * step, and puts `value` into every step too: undo in this tab then only undoes this tab's own changes,
   * never the other tab's (which would drop it), and steps that differed only there are merged.
   */
  readonly rebase: (cell: CellId, value: CellInputs, apply: () => void) => void;
  /** Forgets every step (the current inputs stay). */
  readonly clear: () => void;
  /** canUndo / canRedo, as a store to subscribe to. */
  readonly state: StoreApi<HistoryState>;
  /** Stops listening to the notebook store. */
  readonly dispose: () => void;
}

/** Tuning of a history; the defaults suit people typing. */
export interface HistoryOptions {
  /** Most steps kept; the oldest go first. */
  readonly limit?: number;
  /** Edits of the same matrix closer together than this (ms) are one step. */
  readonly coalesceMs?: number;
  /** The clock, replaceable in tests. */
  readonly now?: () => number;
}

/**
 * Which single matrix a change edited (`cell/name`), or null when it touched anything else: a dout choice,
 * a seed, several matrices or cells. Only changes with the same key are merged into one step.
 */
export function editKey(prev: NotebookInputs, next: NotebookInputs): string | null {
  let key: string | null = null;
  for (const id of CELL_IDS) {
    const a = prev[id];
    const b = next[id];
    if (a === b) continue;
    if (key !== null || !a || !b || a.dout !== b.dout || a.seed !== b.seed) return null;
    const names = new Set([...Object.keys(a.matrices), ...Object.keys(b.matrices)]);
    for (const name of names) {
      if (a.matrices[name] === b.matrices[name]) continue;
      if (key !== null) return null;
      key = `${id}/${name}`;
    }
    if (key === null) return null;
  }
  return key;
}

/** Starts recording the changes of `store` so they can be undone and redone. */
export function createHistory(store: NotebookStore, options: HistoryOptions = {}): History {
  const limit = options.limit ?? 200;
  const coalesceMs = options.coalesceMs ?? 1000;
  const now = options.now ?? (() => Date.now());
  const past: NotebookInputs[] = [];
  const future: NotebookInputs[] = [];
  const state = createStore<HistoryState>()(() => ({ canUndo: false, canRedo: false }));
  let replaying = false;
  let lastKey: string | null = null;
  let lastAt = -Infinity;

  const publish = () => state.setState({ canUndo: past.length > 0, canRedo: future.length > 0 });

  const unsubscribe = store.subscribe((s, prev) => {
    if (replaying || s.inputs === prev.inputs) return;
    const key = editKey(prev.inputs, s.inputs);
    const t = now();
    const merge = key !== null && key === lastKey && t - lastAt < coalesceMs && past.length > 0;
    if (!merge) {
      past.push(prev.inputs);
      if (past.length > limit) past.shift();
    }
    lastKey = key;
    lastAt = t;
    future.length = 0;
    publish();
  });

  const move = (from: NotebookInputs[], to: NotebookInputs[]): boolean => {
    const target = from.pop();
    if (!target) return false;
    to.push(store.getState().inputs);
    replaying = true;
    try {
      store.getState().replaceInputs(target);
    } finally {
      replaying = false;
    }
    lastKey = null;
    publish();
    return true;
  };

  /** `steps` with `cell` set to `value`, without a step equal to the one after it (`next`, then the present). */
  const rebased = (steps: NotebookInputs[], cell: CellId, value: CellInputs, next: NotebookInputs) => {
    const out: NotebookInputs[] = [];
    let after = next;
    for (let i = steps.length - 1; i >= 0; i--) {
      const step = { ...steps[i], [cell]: value };
      if (CELL_IDS.some((id) => step[id] !== after[id])) out.unshift((after = step));
    }
    return out;
  };

  return {
    undo: () => move(past, future),
    rebase: (cell, value, apply) => {
      replaying = true;
      try {
        apply();
      } finally {
        replaying = false;
      }
      const present = store.getState().inputs;
      past.splice(0, past.length, ...rebased(past, cell, value, present));
      // Both stacks end with the step next to the present (the next undo, the next redo).
      future.splice(0, future.length, ...rebased(future, cell, value, present));
      lastKey = null;
      publish();
    },
    redo: () => move(future, past),
    clear: () => {
      past.length = 0;
      future.length = 0;
      lastKey = null;
      publish();
    },
    state,
    dispose: unsubscribe,
  };
}
