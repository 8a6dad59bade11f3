import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { array } from '../../src/engine';
import { decodeFragment } from '../../src/share/codec';
import { encodeFragment } from '../../src/share/codec';
import { notebookSnapshot } from '../../src/share/snapshot';
import {
  createAutosave,
  encodeInputs,
  loadSaved,
  saveInputs,
  STORAGE_KEYS,
  whenSettled,
} from '../../src/store/persist';
import { createNotebookStore } from '../../src/store/notebookStore';
import { comparable } from '../share/arbitraries';
import { memoryStorage } from './fakes';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('autosave', () => {
  it('writes the notebook as a link fragment a moment after the last edit, once', () => {
    const store = createNotebookStore();
    const { storage, map } = memoryStorage();
    const setItem = vi.spyOn(storage, 'setItem');
    createAutosave(store, { storage, debounceMs: 300 });
    for (let i = 0; i < 5; i++) {
      store.getState().setMatrix('relu', 'x', array([i]));
      vi.advanceTimersByTime(100);
    }
    expect(setItem).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(setItem).toHaveBeenCalledTimes(1);
    const saved = map.get(STORAGE_KEYS.autosave)!;
    expect(saved).toMatch(/^v=1&s=/);
    const back = decodeFragment(saved);
    expect(back.ok && comparable(back.snapshot.inputs)).toEqual(comparable(store.getState().inputs));
  });

  it('flush writes a pending edit at once; nothing pending, nothing written', () => {
    const store = createNotebookStore();
    const { storage, map } = memoryStorage();
    const autosave = createAutosave(store, { storage });
    autosave.flush();
    expect(map.size).toBe(0);
    store.getState().setDout('relu', 'ones');
    autosave.flush();
    expect(map.has(STORAGE_KEYS.autosave)).toBe(true);
  });

  it('skips writing while disabled (a shared link being looked at)', () => {
    const store = createNotebookStore();
    const { storage, map } = memoryStorage();
    createAutosave(store, { storage, enabled: () => false });
    store.getState().setDout('relu', 'ones');
    vi.runAllTimers();
    expect(map.size).toBe(0);
  });

  it('reports a refused or impossible save, and its recovery', () => {
    const store = createNotebookStore();
    const { storage, refuseWrites } = memoryStorage();
    const onError = vi.fn();
    const autosave = createAutosave(store, { storage, onError });
    refuseWrites(true);
    store.getState().setDout('relu', 'ones');
    autosave.flush();
    expect(onError).toHaveBeenLastCalledWith(expect.objectContaining({ code: 'storage-refused' }));
    store.getState().setMatrix('relu', 'x', array(new Array(70_000).fill(1)));
    autosave.flush();
    expect(onError).toHaveBeenLastCalledWith(expect.objectContaining({ code: 'shape-too-large' }));
    refuseWrites(false);
    store.getState().setMatrix('relu', 'x', array([1]));
    autosave.flush();
    expect(onError).toHaveBeenLastCalledWith(null);
  });

  it('dispose stops saving', () => {
    const store = createNotebookStore();
    const { storage, map } = memoryStorage();
    createAutosave(store, { storage }).dispose();
    store.getState().setDout('relu', 'ones');
    vi.runAllTimers();
    expect(map.size).toBe(0);
  });
});

describe('loadSaved / saveInputs', () => {
  it('reads back what saveInputs wrote', () => {
    const store = createNotebookStore();
    const { storage } = memoryStorage();
    saveInputs(storage, STORAGE_KEYS.autosave, store.getState().inputs);
    const loaded = loadSaved(storage, STORAGE_KEYS.autosave);
    expect(loaded?.result.ok && comparable(loaded.result.snapshot.inputs)).toEqual(
      comparable(store.getState().inputs),
    );
  });
  it('is null when nothing is saved or storage refuses to read', () => {
    expect(loadSaved(memoryStorage().storage, STORAGE_KEYS.autosave)).toBeNull();
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {},
      removeItem: () => {},
    };
    expect(loadSaved(throwing, STORAGE_KEYS.autosave)).toBeNull();
  });
  it('treats a corrupted entry like a broken link: a typed error, never an exception', () => {
    for (const junk of ['{"inputs":{}}', 'v=1&s=%%%', 'v=1&s=AAAA', 'v=7&s=AAAA', '']) {
      const { storage } = memoryStorage({ [STORAGE_KEYS.autosave]: junk });
      const loaded = loadSaved(storage, STORAGE_KEYS.autosave);
      expect(loaded?.raw).toBe(junk);
      expect(loaded?.result.ok).toBe(false);
    }
  });
});

describe('encodeInputs', () => {
  it('is encodeFragment of the snapshot, computed once per inputs object', () => {
    const inputs = createNotebookStore().getState().inputs;
    const first = encodeInputs(inputs);
    expect(first).toEqual(encodeFragment(notebookSnapshot(inputs)));
    expect(encodeInputs(inputs)).toBe(first);
    expect(encodeInputs({ ...inputs })).not.toBe(first);
  });
});

describe('whenSettled', () => {
  it('ignores store changes that leave the inputs alone', () => {
    const store = createNotebookStore();
    const write = vi.fn();
    whenSettled(store, 10, write);
    store.setState({});
    vi.runAllTimers();
    expect(write).not.toHaveBeenCalled();
  });
});
