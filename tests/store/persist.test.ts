import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { array } from '../../src/engine';
import type { CellId } from '../../src/notebook/cellIds';
import { encodeFragment } from '../../src/share/codec';
import { encodeCellFragment } from '../../src/share/encode';
import { notebookSnapshot } from '../../src/share/snapshot';
import {
  CELL_KEYS,
  decodeCell,
  encodeCell,
  encodeInputs,
  loadCells,
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

describe('encodeCell / decodeCell', () => {
  it('writes one cell as a fragment holding that cell alone, and reads it back', () => {
    const cell = createNotebookStore().getState().inputs.relu;
    const text = encodeCell('relu', cell);
    expect(text.ok && text.value).toMatch(/^v=1&s=/);
    const back = text.ok ? decodeCell('relu', text.value) : null;
    expect(back?.ok && comparable(back.value)).toEqual(comparable(cell));
    expect(text.ok && decodeCell('sigmoid', text.value)).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
  });

  it('is bound by the storage’s caps, not a link’s: a 256×256 matrix is saved', () => {
    const d = createNotebookStore().getState().inputs;
    const big = array(
      Array.from({ length: 256 }, (_, i) => Array.from({ length: 256 }, (_, j) => i * 0.37 + j)),
    );
    const cell = { ...d.relu, matrices: { ...d.relu.matrices, x: big } };
    expect(encodeFragment(notebookSnapshot({ ...d, relu: cell }))).toMatchObject({ ok: false });
    const text = encodeCell('relu', cell);
    const back = text.ok ? decodeCell('relu', text.value) : null;
    expect(back?.ok && Array.from(back.value.matrices.x.data)).toEqual(Array.from(big.data));
  });

  it('refuses what the format cannot hold, for that cell alone (an int64 past 2**53)', () => {
    const d = createNotebookStore().getState().inputs;
    const huge = { ...array([1, 2], 'int64'), data: new Float64Array([2 ** 53 + 2, 1.5]) };
    const text = encodeCell('relu', { ...d.relu, matrices: { ...d.relu.matrices, x: huge } });
    expect(text.ok).toBe(false);
    expect(encodeCell('sigmoid', d.sigmoid).ok).toBe(true);
  });

  it('a damaged entry is a typed error, never an exception', () => {
    for (const junk of ['{"inputs":{}}', 'v=1&s=%%%', 'v=1&s=AAAA', 'v=7&s=AAAA', '']) {
      expect(decodeCell('relu', junk).ok).toBe(false);
    }
  });
});

describe('loadCells', () => {
  const defaults = () => createNotebookStore().getState().inputs;

  it('reads each cell’s entry; cells with none start from the seed', () => {
    const d = defaults();
    const relu = { ...d.relu, dout: 'ones' as const };
    const text = encodeCell('relu', relu);
    const { storage } = memoryStorage({ [CELL_KEYS.saved('relu')]: text.ok ? text.value : '' });
    const { cells, legacyError } = loadCells(storage, d);
    expect(cells.relu.inputs.dout).toBe('ones');
    expect(cells.relu.raw).toBe(text.ok && text.value);
    expect(cells.sigmoid).toEqual({ inputs: d.sigmoid, raw: null, error: null, issues: [] });
    expect(legacyError).toBeNull();
  });

  it('sets an unreadable entry aside and reports it; the other cells load', () => {
    const d = defaults();
    const sig = encodeCell('sigmoid', { ...d.sigmoid, dout: 'ones' });
    const { storage, map } = memoryStorage({
      [CELL_KEYS.saved('relu')]: 'v=1&s=garbage!',
      [CELL_KEYS.saved('sigmoid')]: sig.ok ? sig.value : '',
    });
    const { cells } = loadCells(storage, d);
    expect(cells.relu.error?.code).toBe('bad-encoding');
    expect(cells.relu.inputs).toBe(d.relu);
    expect(map.get(CELL_KEYS.unreadable('relu'))).toBe('v=1&s=garbage!');
    expect(map.has(CELL_KEYS.saved('relu'))).toBe(false);
    expect(cells.sigmoid.inputs.dout).toBe('ones');
  });

  it('migrates the single-entry autosave of older builds into one entry per cell', () => {
    const store = createNotebookStore();
    store.getState().setMatrix('relu', 'x', array([[4, -4]]));
    store.getState().setMatrix('sigmoid', 'x', array([9]));
    const { storage, map } = memoryStorage();
    saveInputs(storage, STORAGE_KEYS.autosave, store.getState().inputs);
    const { cells } = loadCells(storage, defaults());
    expect(comparable(cells.relu.inputs)).toEqual(comparable(store.getState().inputs.relu));
    expect(comparable(cells.sigmoid.inputs)).toEqual(comparable(store.getState().inputs.sigmoid));
    expect(map.has(STORAGE_KEYS.autosave)).toBe(false);
    expect(map.has(CELL_KEYS.saved('two-layer-net'))).toBe(true);
    // Read again, it comes from the cells' entries.
    expect(comparable(loadCells(storage, defaults()).cells.relu.inputs)).toEqual(
      comparable(cells.relu.inputs),
    );
  });

  it('keeps the old entry when the migration cannot write every cell', () => {
    const store = createNotebookStore();
    const { storage, map, refuseWrites } = memoryStorage();
    saveInputs(storage, STORAGE_KEYS.autosave, store.getState().inputs);
    refuseWrites(true);
    const { cells } = loadCells(storage, defaults());
    expect(comparable(cells.relu.inputs)).toEqual(comparable(store.getState().inputs.relu));
    expect(map.has(STORAGE_KEYS.autosave)).toBe(true);
  });

  it('sets an unreadable old autosave aside and reports it', () => {
    const { storage, map } = memoryStorage({ [STORAGE_KEYS.autosave]: 'v=1&s=garbage!' });
    const { legacyError } = loadCells(storage, defaults());
    expect(legacyError?.code).toBe('bad-encoding');
    expect(map.get(STORAGE_KEYS.unreadable)).toBe('v=1&s=garbage!');
    expect(map.has(STORAGE_KEYS.autosave)).toBe(false);
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

  it('has the cells not yet encoded made with the link text, so the save after it encodes nothing itself', async () => {
    const store = createNotebookStore();
    const made: CellId[][] = [];
    const texts: Partial<Record<CellId, Step<string>>>[] = [];
    const encodeLater = vi.fn(async (inputs: NotebookInputs, cells: readonly CellId[] = []) => {
      made.push([...cells]);
      // Texts a worker made: new objects, so the test can tell them from ones made on the spot.
      const cellTexts = Object.fromEntries(
        cells.map((id) => [id, { ...encodeCellFragment(id, inputs[id]) }]),
      );
      texts.push(cellTexts);
      return { ...encodeFragment(notebookSnapshot(inputs)), cellTexts };
    });
    const write = vi.fn();
    whenSettled(store, 10, write, { encodeLater });
    store.getState().setMatrix('relu', 'x', array([[3, -1]]));
    vi.advanceTimersByTime(10);
    await vi.runAllTimersAsync();
    const inputs = store.getState().inputs;
    expect(made[0]).toContain('relu');
    expect(encodeCell('relu', inputs.relu)).toBe(texts[0].relu);
    expect(write).toHaveBeenCalledExactlyOnceWith(encodeInputs(inputs));

    // The next edit asks only for the cell it changed.
    store.getState().setDout('sigmoid', 'ones');
    vi.advanceTimersByTime(10);
    await vi.runAllTimersAsync();
    expect(made[1]).toEqual(['sigmoid']);
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

  it('disposing drops a write whose text is still being made', async () => {
    const { reply, write, writer } = writeInFlight();
    writer.dispose();
    await reply(0);
    expect(write).not.toHaveBeenCalled();
  });
});
