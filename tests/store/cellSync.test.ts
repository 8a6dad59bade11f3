import { describe, expect, it } from 'vitest';
import { array } from '../../src/engine';
import { defaultInputs } from '../../src/notebook/cells';
import type { CellId } from '../../src/notebook/cellIds';
import { createCellSync, type CellSyncState } from '../../src/store/cellSync';
import { createHistory } from '../../src/store/history';
import { createNotebookStore } from '../../src/store/notebookStore';
import { CELL_KEYS, decodeCell, encodeCell, loadCells, type KeyValueStorage } from '../../src/store/persist';
import { sharedStorage } from './fakes';

/** A tab: its own store and history over the shared localStorage, its storage events wired to its sync. */
function openTab(shared: ReturnType<typeof sharedStorage>, typing: { cell: CellId | null } = { cell: null }) {
  const listeners: ((key: string | null) => void)[] = [];
  const storage: KeyValueStorage = shared.tab({
    fire: (_type, key) => listeners.forEach((fn) => fn(key ?? null)),
  });
  const { cells } = loadCells(storage, defaultInputs());
  const store = createNotebookStore(
    Object.fromEntries(Object.entries(cells).map(([id, c]) => [id, c.inputs])) as never,
  );
  const history = createHistory(store);
  let state: CellSyncState = { conflicts: [], failures: [] };
  const sync = createCellSync({
    storage,
    loaded: cells,
    current: () => store.getState().inputs,
    merge: (cell, value) =>
      history.rebase(cell, value, () =>
        store.getState().replaceInputs({ ...store.getState().inputs, [cell]: value }),
      ),
    replace: (cell, value) => store.getState().replaceInputs({ ...store.getState().inputs, [cell]: value }),
    onState: (next) => (state = next),
    mayMerge: (cell) => typing.cell !== cell,
  });
  listeners.push(sync.onStorage);
  const x = (cell: CellId) => Array.from(store.getState().inputs[cell].matrices.x.data);
  const edit = (cell: CellId, value: number) => store.getState().setMatrix(cell, 'x', array([value]));
  return { store, history, sync, x, edit, state: () => state };
}

describe('createCellSync: two tabs of one browser', () => {
  it('a cell changed in another tab shows up here; edits to different cells are all kept', () => {
    const shared = sharedStorage();
    const a = openTab(shared);
    const b = openTab(shared);
    a.edit('relu', 5);
    a.sync.save();
    b.edit('sigmoid', 7);
    b.sync.save();
    shared.deliver();
    expect(b.x('relu')).toEqual([5]);
    expect(a.x('sigmoid')).toEqual([7]);
    const reopened = openTab(shared);
    expect(reopened.x('relu')).toEqual([5]);
    expect(reopened.x('sigmoid')).toEqual([7]);
    expect([a.state(), b.state()]).toEqual([
      { conflicts: [], failures: [] },
      { conflicts: [], failures: [] },
    ]);
  });

  it('waits while the user types in the cell another tab changed, and takes it in once they leave it', () => {
    const shared = sharedStorage();
    const a = openTab(shared);
    const typing: { cell: CellId | null } = { cell: 'relu' };
    const b = openTab(shared, typing);
    a.edit('relu', 5);
    a.sync.save();
    a.edit('sigmoid', 6);
    a.sync.save();
    shared.deliver();
    // The draft in b's relu box stays under the user's fingers; the other cell is taken in at once.
    expect(b.x('relu')).toEqual(Array.from(defaultInputs().relu.matrices.x.data));
    expect(b.x('sigmoid')).toEqual([6]);
    typing.cell = null;
    b.sync.reconcile();
    expect(b.x('relu')).toEqual([5]);
    expect(b.state()).toEqual({ conflicts: [], failures: [] });
  });

  it('a draft committed while another tab’s version waited makes both versions kept, not one lost', () => {
    const shared = sharedStorage();
    const a = openTab(shared);
    const typing: { cell: CellId | null } = { cell: 'relu' };
    const b = openTab(shared, typing);
    a.edit('relu', 5);
    a.sync.save();
    shared.deliver();
    b.edit('relu', 9); // the draft, committed
    typing.cell = null;
    b.sync.save();
    expect(b.x('relu')).toEqual([9]);
    expect(b.state().conflicts.map((c) => [c.cell, Array.from(c.theirs.matrices.x.data)])).toEqual([
      ['relu', [5]],
    ]);
    expect(openTab(shared).x('relu')).toEqual([5]);
  });

  it('undo in a tab undoes its own edits, never a cell taken in from another tab', () => {
    const shared = sharedStorage();
    const a = openTab(shared);
    const b = openTab(shared);
    b.edit('sigmoid', 1);
    b.sync.save();
    a.edit('relu', 5);
    a.sync.save();
    shared.deliver();
    expect(b.x('relu')).toEqual([5]);
    expect(b.history.undo()).toBe(true);
    expect(b.x('sigmoid')).toEqual(Array.from(defaultInputs().sigmoid.matrices.x.data));
    expect(b.x('relu')).toEqual([5]);
    // Nothing else to undo: the other tab's edit is not a step here.
    expect(b.history.undo()).toBe(false);
    expect(b.history.redo()).toBe(true);
    expect(b.x('sigmoid')).toEqual([1]);
  });

  it('a save finds another tab’s write whose event has not arrived yet: both versions are kept', () => {
    const shared = sharedStorage();
    const a = openTab(shared);
    const b = openTab(shared);
    a.edit('relu', 5);
    a.sync.save();
    b.edit('relu', 7); // B has not heard of A's write yet
    b.sync.save();
    expect(b.x('relu')).toEqual([7]);
    expect(b.state().conflicts.map((c) => c.cell)).toEqual(['relu']);
    expect(Array.from(b.state().conflicts[0].theirs.matrices.x.data)).toEqual([5]);
    const kept = (key: string) => {
      const raw = shared.map.get(key);
      const cell = raw === undefined ? null : decodeCell('relu', raw);
      return cell?.ok ? Array.from(cell.value.matrices.x.data) : null;
    };
    expect(kept(CELL_KEYS.saved('relu'))).toEqual([5]);
    expect(kept(CELL_KEYS.conflict('relu'))).toEqual([7]);
    shared.deliver();
    // A is told too, and still shows its own.
    expect(a.state().conflicts.map((c) => c.cell)).toEqual(['relu']);
    expect(a.x('relu')).toEqual([5]);
  });

  it('both tabs changing the same cell keep both; the choice settles it in every tab', () => {
    const shared = sharedStorage();
    const a = openTab(shared);
    const b = openTab(shared);
    a.edit('relu', 5);
    b.edit('relu', 7);
    a.sync.save();
    shared.deliver(); // B's edit is not saved yet when A's arrives
    expect(b.state().conflicts.map((c) => c.cell)).toEqual(['relu']);
    shared.deliver();
    expect(a.state().conflicts.map((c) => c.cell)).toEqual(['relu']);
    // Both closed without choosing: a new tab still has both.
    const c = openTab(shared);
    expect(c.x('relu')).toEqual([5]);
    expect(Array.from(c.state().conflicts[0].theirs.matrices.x.data)).toEqual([7]);
    // B keeps its own: it is saved, A's is set aside, and every tab shows B's.
    b.sync.choose('relu', 'mine');
    shared.deliver();
    expect(shared.map.has(CELL_KEYS.conflict('relu'))).toBe(false);
    expect(shared.map.get(CELL_KEYS.setAside('relu'))).toMatch(/^v=1&s=/);
    for (const t of [a, b, c]) {
      expect(t.x('relu')).toEqual([7]);
      expect(t.state().conflicts).toEqual([]);
    }
    // In A, whose version lost, undo brings it back (and saving it is an ordinary edit).
    expect(a.history.undo()).toBe(true);
    expect(a.x('relu')).toEqual([5]);
  });

  it('“use the other tab’s” takes it as an undoable step and sets this tab’s aside', () => {
    const shared = sharedStorage();
    const a = openTab(shared);
    const b = openTab(shared);
    a.edit('relu', 5);
    b.edit('relu', 7);
    a.sync.save();
    shared.deliver();
    b.sync.choose('relu', 'theirs');
    expect(b.x('relu')).toEqual([5]);
    const aside = decodeCell('relu', shared.map.get(CELL_KEYS.setAside('relu'))!);
    expect(aside.ok && Array.from(aside.value.matrices.x.data)).toEqual([7]);
    expect(b.history.undo()).toBe(true);
    expect(b.x('relu')).toEqual([7]);
    shared.deliver();
    expect(a.state().conflicts).toEqual([]);
    expect(a.x('relu')).toEqual([5]);
  });

  it('a cell that cannot be written is reported alone, and retried on the next save', () => {
    const shared = sharedStorage();
    const a = openTab(shared);
    const huge = { ...array([1], 'int64'), data: new Float64Array([2 ** 53 + 2]) };
    a.store.getState().setMatrix('relu', 'x', huge);
    a.edit('sigmoid', 3);
    a.sync.save();
    expect(a.state().failures.map((f) => f.cell)).toEqual(['relu']);
    expect(openTab(shared).x('sigmoid')).toEqual([3]);
    a.edit('relu', 1);
    a.sync.save();
    expect(a.state().failures).toEqual([]);
  });

  it('reconcile picks up writes whose events were missed (a frozen tab)', () => {
    const shared = sharedStorage();
    const a = openTab(shared);
    const b = openTab(shared);
    a.edit('relu', 5);
    a.sync.save();
    b.sync.reconcile(); // no event delivered
    expect(b.x('relu')).toEqual([5]);
  });
});

describe('createCellSync: writes at the same moment', () => {
  it('a tab whose saved version is overwritten by one made without seeing it keeps both', () => {
    const shared = sharedStorage();
    const a = openTab(shared);
    a.edit('relu', 5);
    a.sync.save();
    // Another tab read the storage before A wrote, and writes its version in the same instant.
    const other = shared.tab({ fire: () => {} });
    const d = defaultInputs();
    const theirs = encodeCell('relu', { ...d.relu, matrices: { ...d.relu.matrices, x: array([7]) } });
    other.setItem(CELL_KEYS.saved('relu'), theirs.ok ? theirs.value : '');
    shared.deliver();
    expect(a.x('relu')).toEqual([5]);
    expect(a.state().conflicts.map((c) => Array.from(c.theirs.matrices.x.data))).toEqual([[7]]);
    const kept = decodeCell('relu', shared.map.get(CELL_KEYS.conflict('relu'))!);
    expect(kept.ok && Array.from(kept.value.matrices.x.data)).toEqual([5]);
  });

  it('an edit made on top of this tab’s saved version is taken in, however many came between', () => {
    const shared = sharedStorage();
    const a = openTab(shared);
    const b = openTab(shared);
    a.edit('relu', 1);
    a.sync.save();
    shared.deliver();
    expect(b.x('relu')).toEqual([1]);
    b.edit('relu', 2);
    b.sync.save();
    b.edit('relu', 3);
    b.sync.save();
    shared.deliver(); // A reads only the latest entry, two versions past its own
    expect(a.x('relu')).toEqual([3]);
    expect(a.state().conflicts).toEqual([]);
  });
});
