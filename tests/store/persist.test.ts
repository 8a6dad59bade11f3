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
import type { Step } from '../../src/share/errors';
import type { NotebookInputs } from '../../src/store/types';

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

describe('writes whose link text is made off the main thread (encodeLater)', () => {
  /** An encodeLater whose results arrive when the test says, as a worker's replies do. */
  function laterEncoder() {
    const requests: { inputs: NotebookInputs; reply: () => void }[] = [];
    const encodeLater = vi.fn(
      (inputs: NotebookInputs) =>
        new Promise<Step<string>>((resolve) =>
          requests.push({ inputs, reply: () => resolve(encodeFragment(notebookSnapshot(inputs))) }),
        ),
    );
    /** Answers request i and lets the write that waits for it run. */
    const reply = async (i: number) => {
      requests[i].reply();
      await vi.runAllTimersAsync();
    };
    return { encodeLater, requests, reply };
  }

  it('writes what comes back, and nothing before it does', async () => {
    const store = createNotebookStore();
    const { encodeLater, reply } = laterEncoder();
    const write = vi.fn();
    whenSettled(store, 10, write, { encodeLater });
    store.getState().setDout('relu', 'ones');
    vi.advanceTimersByTime(10);
    expect(encodeLater).toHaveBeenCalledTimes(1);
    expect(write).not.toHaveBeenCalled();
    await reply(0);
    expect(write).toHaveBeenCalledExactlyOnceWith(encodeInputs(store.getState().inputs));
  });

  it('drops text that comes back after the inputs changed again: the newer inputs are written', async () => {
    const store = createNotebookStore();
    const { encodeLater, requests, reply } = laterEncoder();
    const write = vi.fn();
    whenSettled(store, 10, write, { encodeLater });
    store.getState().setDout('relu', 'ones');
    vi.advanceTimersByTime(10);
    store.getState().setMatrix('relu', 'x', array([7]));
    await reply(0);
    expect(write).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10);
    await reply(1);
    expect(requests[1].inputs).toBe(store.getState().inputs);
    expect(write).toHaveBeenCalledExactlyOnceWith(encodeInputs(store.getState().inputs));
  });

  /** An edit whose write is waiting for its text: the settled writer's timer has fired. */
  function writeInFlight() {
    const store = createNotebookStore();
    const { encodeLater, reply } = laterEncoder();
    const write = vi.fn();
    const writer = whenSettled(store, 10, write, { encodeLater });
    store.getState().setDout('relu', 'ones');
    vi.advanceTimersByTime(10);
    return { store, reply, write, writer };
  }

  it('a flush while the text is being made writes at once, and the late reply writes nothing more', async () => {
    const { store, reply, write, writer } = writeInFlight();
    writer.flush();
    expect(write).toHaveBeenCalledExactlyOnceWith(encodeInputs(store.getState().inputs));
    await reply(0);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('the autosave and the URL share one request for the same inputs', async () => {
    const store = createNotebookStore();
    const { encodeLater, reply } = laterEncoder();
    const { storage, map } = memoryStorage();
    const url = vi.fn();
    createAutosave(store, { storage, debounceMs: 10, encodeLater });
    whenSettled(store, 20, url, { encodeLater });
    store.getState().setDout('relu', 'ones');
    vi.advanceTimersByTime(20);
    await reply(0);
    expect(encodeLater).toHaveBeenCalledTimes(1);
    const encoded = encodeFragment(notebookSnapshot(store.getState().inputs));
    expect(url).toHaveBeenCalledExactlyOnceWith(encoded);
    expect(encoded.ok && map.get(STORAGE_KEYS.autosave)).toBe(encoded.ok && encoded.value);
  });

  it('disposing drops a write whose text is still being made', async () => {
    const { reply, write, writer } = writeInFlight();
    writer.dispose();
    await reply(0);
    expect(write).not.toHaveBeenCalled();
  });
});
