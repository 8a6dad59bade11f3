import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { array } from '../../src/engine';
import { defaultInputs } from '../../src/notebook/cells';
import { decodeFragment, encodeFragment } from '../../src/share/codec';
import { toJsonFile } from '../../src/share/jsonFile';
import { startShareSession } from '../../src/share/session';
import { cellSnapshot, notebookSnapshot } from '../../src/share/snapshot';
import { createNotebookStore } from '../../src/store/notebookStore';
import { STORAGE_CAPS } from '../../src/share/limits';
import { CELL_KEYS, loadSaved, STORAGE_KEYS, type KeyValueStorage } from '../../src/store/persist';
import type { NotebookInputs } from '../../src/store/types';
import { fakeDocument, fakeWindow, memoryStorage } from '../store/fakes';
import { comparable } from './arbitraries';
import { fragmentOf } from './fragments';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** Someone's notebook with ReLU's x edited to `value`. */
function notebookWith(value: number): NotebookInputs {
  const d = defaultInputs();
  return { ...d, relu: { ...d.relu, matrices: { ...d.relu.matrices, x: array([[value]]) } } };
}

function fragment(inputs: NotebookInputs, cell?: 'relu' | 'sigmoid'): string {
  const f = encodeFragment(cell ? cellSnapshot(inputs, cell) : notebookSnapshot(inputs));
  if (!f.ok) throw new Error(f.error.message);
  return f.value;
}

/** Opens the page: a fresh store (as after a reload) on `storage`, at URL fragment `hash`. */
function open(hash: string, storage = memoryStorage(), tab = memoryStorage()) {
  const store = createNotebookStore();
  const page = fakeWindow(hash);
  const session = startShareSession({
    store,
    defaults: defaultInputs,
    storage: storage.storage,
    tabStorage: tab.storage,
    win: page.win,
  });
  const inputs = () => store.getState().inputs;
  return { store, session, inputs, storage, ...page };
}

const reluX = (inputs: NotebookInputs) => inputs.relu.matrices.x.data[0];

/** ReLU's x in the notebook kept under before-link. */
function beforeLinkReluX(storage: { storage: KeyValueStorage }) {
  const kept = loadSaved(storage.storage, STORAGE_KEYS.beforeLink);
  return kept?.result.ok ? kept.result.snapshot.inputs.relu?.matrices.x.data[0] : undefined;
}

describe('startShareSession: opening the page', () => {
  it('with nothing saved and no link, shows the seed’s values and leaves the URL alone', () => {
    const { inputs, session, replaced } = open('');
    expect(comparable(inputs())).toEqual(comparable(defaultInputs()));
    expect(session.state.getState().notice).toEqual({ kind: 'none' });
    vi.runAllTimers();
    expect(replaced).toEqual([]);
  });

  it('restores exactly what was autosaved, so edits survive a reload', () => {
    const first = open('');
    first.store.getState().setMatrix('relu', 'x', array([[-0, NaN, 2.5]]));
    first.session.flush();
    const reload = open(first.win.location.hash, first.storage);
    expect(comparable(reload.inputs())).toEqual(comparable(first.inputs()));
    expect(reload.session.state.getState().notice).toEqual({ kind: 'none' });
    const reloadWithoutHash = open('', first.storage);
    expect(comparable(reloadWithoutHash.inputs())).toEqual(comparable(first.inputs()));
  });

  it('a reload before the URL caught up with the last edits opens the newer autosave, not a “link”', () => {
    const tab = memoryStorage();
    const first = open('', memoryStorage(), tab);
    first.store.getState().setMatrix('relu', 'x', array([[1]]));
    vi.runAllTimers();
    const staleUrl = first.win.location.hash;
    first.store.getState().setMatrix('relu', 'x', array([[2]]));
    first.fire('pagehide'); // the browser reloads the URL it had; pagehide saves the autosave
    const reload = open(staleUrl, first.storage, tab);
    expect(reluX(reload.inputs())).toBe(2);
    expect(reload.session.state.getState().notice).toEqual({ kind: 'none' });
    // The same URL in another tab is somebody's link: shown as such, the autosave kept.
    const otherTab = open(staleUrl, first.storage);
    expect(reluX(otherTab.inputs())).toBe(1);
    expect(otherTab.session.state.getState().notice.kind).toBe('opened');
  });

  it('leaves a shared link in the URL while it is only being looked at', () => {
    const link = `#${fragment(notebookWith(7), 'relu')}`;
    const page = open('');
    page.navigate(link);
    vi.runAllTimers();
    expect(page.win.location.hash).toBe(link);
    expect(page.replaced).toEqual([]);
  });

  it('opens a cell link on the seed’s other cells, opening at the cell, without touching the autosave', () => {
    const storage = memoryStorage();
    const mine = open('', storage);
    mine.store.getState().setMatrix('sigmoid', 'x', array([9]));
    mine.session.flush();
    const savedBefore = [...storage.map.entries()];

    const shared = open(`#${fragment(notebookWith(7), 'relu')}`, storage);
    expect(reluX(shared.inputs())).toBe(7);
    expect(comparable(shared.inputs().sigmoid)).toEqual(comparable(defaultInputs().sigmoid));
    expect(shared.session.state.getState().notice).toEqual({
      kind: 'opened',
      source: 'link',
      cell: 'relu',
      cells: ['relu'],
      adopted: false,
      issues: [],
    });
    expect(shared.session.state.getState().focus).toEqual({ cell: 'relu', seq: 1 });
    vi.runAllTimers();
    expect([...storage.map.entries()]).toEqual(savedBefore);
    expect(shared.replaced).toEqual([]);
  });

  it('reports a broken link, loads the user’s own notebook, and drops the link from the URL', () => {
    const storage = memoryStorage();
    const mine = open('', storage);
    mine.store.getState().setMatrix('relu', 'x', array([3]));
    mine.session.flush();
    const broken = open('#v=1&s=<script>alert(1)</script>', storage);
    expect(reluX(broken.inputs())).toBe(3);
    expect(broken.session.state.getState().notice).toMatchObject({
      kind: 'broken',
      source: 'link',
      error: { code: 'bad-encoding' },
    });
    expect(broken.win.location.hash).toBe('');
  });

  it('reports an unreadable autosave, starts from the seed, and sets the entry aside', () => {
    const storage = memoryStorage({ [STORAGE_KEYS.autosave]: 'v=1&s=garbage!' });
    const page = open('', storage);
    expect(comparable(page.inputs())).toEqual(comparable(defaultInputs()));
    expect(page.session.state.getState().autosaveError?.code).toBe('bad-encoding');
    expect(storage.map.get(STORAGE_KEYS.unreadable)).toBe('v=1&s=garbage!');
    expect(storage.map.has(STORAGE_KEYS.autosave)).toBe(false);
  });

  it('reports an unreadable cell entry and loads every other cell', () => {
    const first = open('');
    first.store.getState().setMatrix('sigmoid', 'x', array([4]));
    first.session.flush();
    first.storage.map.set(CELL_KEYS.saved('relu'), 'v=1&s=AAAA');
    const page = open('', first.storage);
    expect(page.session.state.getState().autosaveError?.code).toBe('corrupt');
    expect(page.inputs().sigmoid.matrices.x.data[0]).toBe(4);
    expect(first.storage.map.get(CELL_KEYS.unreadable('relu'))).toBe('v=1&s=AAAA');
  });

  it('repairs or leaves out the autosave’s broken cells, says which, keeps the entry aside, and saves only what passed', () => {
    // An autosave written by hand (or an older build): ReLU without dout, Sigmoid with a W it does not have.
    const d = defaultInputs();
    const relu = { x: { shape: [1], dtype: 'float64', data: [5] } };
    const sigmoid = {
      x: { shape: [1], dtype: 'float64', data: [6] },
      dout: { shape: [1], dtype: 'float64', data: [1] },
      W: { shape: [1], dtype: 'float64', data: [1] },
    };
    const raw = fragmentOf(
      JSON.stringify({
        inputs: {
          relu: { matrices: relu, dout: 'custom', seed: 0 },
          sigmoid: { matrices: sigmoid, dout: 'seed', seed: 0 },
        },
      }),
    );
    const storage = memoryStorage({ [STORAGE_KEYS.autosave]: raw });
    const page = open('', storage);
    expect(reluX(page.inputs())).toBe(5);
    expect(comparable(page.inputs().relu.matrices.dout)).toEqual(comparable(d.relu.matrices.dout));
    expect(comparable(page.inputs().sigmoid)).toEqual(comparable(d.sigmoid));
    expect(page.session.state.getState().autosaveIssues).toEqual([
      { cell: 'relu', code: 'missing-matrix', names: ['dout'] },
      { cell: 'sigmoid', code: 'unknown-matrix', names: ['W'] },
    ]);
    expect(storage.map.get(STORAGE_KEYS.unreadable)).toBe(raw);

    // The old entry was written out cell by cell as the page holds it: nothing that failed the rules.
    expect(storage.map.has(STORAGE_KEYS.autosave)).toBe(false);
    page.store.getState().setMatrix('affine', 'x', array([1, 2]));
    page.session.flush();
    expect(storage.map.has(CELL_KEYS.saved('affine'))).toBe(true);
    for (const id of ['relu', 'sigmoid', 'affine'] as const) {
      const raw = storage.map.get(CELL_KEYS.saved(id));
      if (raw === undefined) continue;
      const saved = decodeFragment(raw, STORAGE_CAPS);
      expect(saved.ok && saved.issues).toBeUndefined();
      if (saved.ok && id === 'sigmoid') {
        expect(Object.keys(saved.snapshot.inputs.sigmoid!.matrices)).toEqual(['x', 'dout']);
      }
    }
    const reload = open('', storage);
    expect(reload.session.state.getState().autosaveIssues).toEqual([]);
    expect(reluX(reload.inputs())).toBe(5);
  });

  it('repairs a cell entry missing a matrix at once, keeps the entry as read aside, and says so', () => {
    const raw = fragmentOf(
      JSON.stringify({
        inputs: {
          relu: { matrices: { x: { shape: [1], dtype: 'float64', data: [5] } }, dout: 'custom', seed: 0 },
        },
      }),
    );
    const storage = memoryStorage({ [CELL_KEYS.saved('relu')]: raw });
    const page = open('', storage);
    expect(reluX(page.inputs())).toBe(5);
    expect(page.session.state.getState().autosaveIssues).toEqual([
      { cell: 'relu', code: 'missing-matrix', names: ['dout'] },
    ]);
    expect(storage.map.get(CELL_KEYS.unreadable('relu'))).toBe(raw);
    const rewritten = decodeFragment(storage.map.get(CELL_KEYS.saved('relu'))!, STORAGE_CAPS);
    expect(rewritten.ok && rewritten.issues).toBeUndefined();
    const reload = open('', storage);
    expect(reload.session.state.getState().autosaveIssues).toEqual([]);
    expect(reluX(reload.inputs())).toBe(5);
  });

  it('ignores ordinary anchors such as #relu', () => {
    const page = open('#relu');
    expect(page.session.state.getState().notice).toEqual({ kind: 'none' });
  });
});

describe('startShareSession: a shared notebook', () => {
  function viewingShared() {
    const storage = memoryStorage();
    const mine = open('', storage);
    mine.store.getState().setMatrix('relu', 'x', array([[1]]));
    mine.session.flush();
    const mineRaw = storage.map.get(CELL_KEYS.saved('relu'));
    const page = open(`#${fragment(notebookWith(7))}`, storage);
    return { ...page, mineRaw };
  }

  it('editing it makes it the user’s notebook; the previous autosave is kept aside', () => {
    const page = viewingShared();
    page.store.getState().setMatrix('relu', 'x', array([[8]]));
    expect(page.session.state.getState().notice).toMatchObject({ kind: 'opened', adopted: true });
    vi.runAllTimers();
    expect(beforeLinkReluX(page.storage)).toBe(1);
    const reload = open(page.win.location.hash, page.storage);
    expect(reluX(reload.inputs())).toBe(8);
    expect(reload.session.state.getState().notice).toEqual({ kind: 'none' });
  });

  it('“keep” does the same without an edit', () => {
    const page = viewingShared();
    page.session.keepShared();
    expect(beforeLinkReluX(page.storage)).toBe(1);
    expect(reluX(open('', page.storage).inputs())).toBe(7);
  });

  it('“back to my notebook” while only looking restores the autosave, which was never touched', () => {
    const page = viewingShared();
    page.session.backToMine();
    expect(reluX(page.inputs())).toBe(1);
    expect(page.session.state.getState().notice).toEqual({ kind: 'none' });
    vi.runAllTimers();
    expect(page.storage.map.get(CELL_KEYS.saved('relu'))).toBe(page.mineRaw);
    expect(page.win.location.hash).toBe(`#${fragment(notebookWith(1))}`);
  });

  it('“back to my notebook” after keeping it restores the previous one and saves that again', () => {
    const page = viewingShared();
    page.store.getState().setMatrix('relu', 'x', array([[8]]));
    vi.runAllTimers();
    page.session.backToMine();
    expect(reluX(page.inputs())).toBe(1);
    expect(reluX(open('', page.storage).inputs())).toBe(1);
    expect(page.storage.map.has(STORAGE_KEYS.beforeLink)).toBe(false);
  });

  it('without storage, opens a link as the page’s notebook: there is no saved one to keep safe', () => {
    const store = createNotebookStore();
    const { win, navigate } = fakeWindow('');
    const session = startShareSession({ store, defaults: defaultInputs, storage: null, win });
    expect(session.state.getState().noStorage).toBe(true);
    store.getState().setMatrix('relu', 'x', array([[1]]));
    navigate(`#${fragment(notebookWith(7), 'relu')}`);
    expect(reluX(store.getState().inputs)).toBe(7);
    expect(session.state.getState().notice).toEqual({ kind: 'none' });
    expect(session.state.getState().focus?.cell).toBe('relu');
  });

  it('without any storage, a reload opens the address the page wrote, with no “shared link” notice', () => {
    const store = createNotebookStore();
    const page = fakeWindow('');
    const first = startShareSession({ store, defaults: defaultInputs, storage: null, win: page.win });
    store.getState().setMatrix('relu', 'x', array([[3]]));
    page.fire('pagehide');
    first.dispose();
    const reloaded = createNotebookStore();
    const again = fakeWindow(page.win.location.hash);
    const session = startShareSession({
      store: reloaded,
      defaults: defaultInputs,
      storage: null,
      win: again.win,
    });
    expect(reluX(reloaded.getState().inputs)).toBe(3);
    expect(session.state.getState().notice).toEqual({ kind: 'none' });
  });
});

describe('startShareSession: while the page is open', () => {
  it('a pasted link (hashchange) opens after saving pending edits; a broken one leaves the notebook be', () => {
    const page = open('');
    page.store.getState().setMatrix('relu', 'x', array([[2]]));
    page.navigate(`#${fragment(notebookWith(7), 'relu')}`);
    expect(reluX(open('', page.storage).inputs())).toBe(2);
    expect(page.session.state.getState().focus?.cell).toBe('relu');
    page.navigate('#v=1&s=AAAA');
    expect(page.session.state.getState().notice).toMatchObject({
      kind: 'broken',
      error: { code: 'corrupt' },
    });
    expect(reluX(page.inputs())).toBe(7);
    page.navigate('#relu');
    expect(page.session.state.getState().notice.kind).toBe('broken');
  });

  it('keeps the URL in step with edits and flushes it and the autosave on pagehide', () => {
    const page = open('');
    page.store.getState().setDout('relu', 'ones');
    expect(page.win.location.hash).toBe('');
    page.fire('pagehide');
    expect(page.win.location.hash).toBe(`#${fragment(page.inputs())}`);
    expect(open('', page.storage).inputs().relu.dout).toBe('ones');
  });

  it('writes the address and the autosave together, once, a moment after the last edit', () => {
    const page = open('');
    page.store.getState().setMatrix('relu', 'x', array([[1]]));
    vi.advanceTimersByTime(299);
    expect(page.storage.map.size).toBe(0);
    expect(page.replaced).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(page.storage.map.has(CELL_KEYS.saved('relu'))).toBe(true);
    expect(page.win.location.hash).toBe(`#${fragment(page.inputs())}`);
  });

  it('saves at once when the page is hidden (visibilitychange), the last sure moment on phones', () => {
    const store = createNotebookStore();
    const page = fakeWindow('');
    const storage = memoryStorage();
    const doc = { visibilityState: 'visible' as DocumentVisibilityState, ...fakeDocument() };
    startShareSession({ store, defaults: defaultInputs, storage: storage.storage, win: page.win, doc });
    store.getState().setMatrix('relu', 'x', array([[6]]));
    doc.visibilityState = 'hidden';
    doc.fire();
    expect(reluX(open('', storage).inputs())).toBe(6);
    expect(page.win.location.hash).toBe(`#${fragment(store.getState().inputs)}`);
  });

  it('a cell that cannot be saved is reported by name, and every other cell is still saved', () => {
    const page = open('');
    const huge = { ...array([1], 'int64'), data: new Float64Array([2 ** 53 + 2]) };
    page.store.getState().setMatrix('relu', 'x', huge);
    page.store.getState().setMatrix('sigmoid', 'x', array([5]));
    page.session.flush();
    expect(page.session.state.getState().saveFailures.map((f) => f.cell)).toEqual(['relu']);
    expect(open('', page.storage).inputs().sigmoid.matrices.x.data[0]).toBe(5);
    page.store.getState().setMatrix('relu', 'x', array([[1]]));
    page.session.flush();
    expect(page.session.state.getState().saveFailures).toEqual([]);
  });

  it('when storage is full, what fits is saved and the cells that do not are named', () => {
    const page = open('');
    const setItem = page.storage.storage.setItem;
    page.storage.storage.setItem = (k, v) => {
      if (k === CELL_KEYS.saved('relu')) throw new DOMException('full', 'QuotaExceededError');
      setItem(k, v);
    };
    page.store.getState().setMatrix('relu', 'x', array([[2]]));
    page.store.getState().setMatrix('sigmoid', 'x', array([3]));
    page.session.flush();
    expect(page.session.state.getState().saveFailures).toMatchObject([
      { cell: 'relu', error: { code: 'storage-refused' } },
    ]);
    expect(open('', page.storage).inputs().sigmoid.matrices.x.data[0]).toBe(3);
  });

  it('opens a snapshot file, and reports a bad one', () => {
    const page = open('');
    const file = toJsonFile(cellSnapshot(notebookWith(5), 'relu'));
    if (!file.ok) throw new Error(file.error.message);
    page.session.openFile(file.value);
    expect(reluX(page.inputs())).toBe(5);
    expect(page.session.state.getState().notice).toMatchObject({ kind: 'opened', source: 'file' });
    page.session.openFile('{"__proto__": {}}');
    expect(page.session.state.getState().notice).toMatchObject({
      kind: 'broken',
      source: 'file',
      error: { code: 'forbidden-key' },
    });
  });

  it('dispose removes its listeners', () => {
    const page = open('');
    page.session.dispose();
    expect([...page.listeners.values()].every((set) => set.size === 0)).toBe(true);
  });
});
