import { CELL_IDS, type CellId } from '../notebook/cellIds';
import type { DecodeError } from '../share/errors';
import {
  CELL_KEYS,
  decodeCell,
  encodeCell,
  readRaw,
  writeRaw,
  type KeyValueStorage,
  type LoadedCell,
} from './persist';
import type { CellInputs, NotebookInputs } from './types';
import { fingerprint } from './urlSync';

/** Ancestors a saved entry names (`p=<fingerprint>.<fingerprint>…&` before the fragment), newest first. */
const ANCESTORS_KEPT = 8;

/** A saved entry's fragment, without its ancestry (decoding ignores the `p` parameter anyway). */
function bodyOf(raw: string): string {
  return raw.startsWith('p=') ? raw.slice(raw.indexOf('&') + 1) : raw;
}

/** The fingerprints of the versions a saved entry was made on, newest first. */
function ancestorsOf(raw: string | null): string[] {
  if (raw === null || !raw.startsWith('p=')) return [];
  return raw.slice(2, raw.indexOf('&')).split('.').filter(Boolean);
}

/**
 * The autosave of one tab among others: each cell under its own key, and what the other tabs of the same
 * browser write to those keys (`storage` events, and a re-read before each save and when the tab shows
 * again) merged in. Per cell, the tab remembers the saved text it last agreed with (read, wrote or took
 * in). Each saved entry names the versions it was made on, so a tab can tell an edit made on top of its
 * own write from one made at the same moment without seeing it. Another tab's version of a cell this tab
 * has not changed since, made on top of what this tab agreed with, is taken in; otherwise both are kept
 * — this tab's version under CELL_KEYS.conflict — until the user chooses,
 * and the version not chosen goes under CELL_KEYS.setAside. Nothing is dropped silently.
 */

/** A cell two tabs changed: the other version, waiting for the user to choose. */
export interface CellConflict {
  readonly cell: CellId;
  /** The version this tab does not show. */
  readonly theirs: CellInputs;
}

/** A cell whose latest inputs are not saved, and why. */
export interface SaveFailure {
  readonly cell: CellId;
  readonly error: DecodeError;
}

/** What the page shows about saving. */
export interface CellSyncState {
  readonly conflicts: readonly CellConflict[];
  readonly failures: readonly SaveFailure[];
}

/** What a tab's autosave needs from the page. */
export interface CellSyncOptions {
  readonly storage: KeyValueStorage;
  /** The notebook as the page first loaded it (loadCells). */
  readonly loaded: Readonly<Record<CellId, LoadedCell>>;
  /** The user's own notebook as this tab holds it now. */
  readonly current: () => NotebookInputs;
  /** Another tab's version of a cell this tab had not changed: show it here (not an undo step). */
  readonly merge: (cell: CellId, value: CellInputs) => void;
  /**
   * Whether another tab's version of `cell` may be shown now; false while the user is typing in that
   * cell (a draft the store has not seen, which showing the new value would throw away). Nothing changes
   * then, and the next `reconcile` (when they leave the box) takes it in, or finds a conflict if they
   * committed their draft meanwhile.
   */
  readonly mayMerge?: (cell: CellId) => boolean;
  /** A version chosen for a contested cell (here or in another tab): an ordinary, undoable change. */
  readonly replace: (cell: CellId, value: CellInputs) => void;
  /** Told whenever the conflicts or failures change. */
  readonly onState: (state: CellSyncState) => void;
}

/** A tab's per-cell autosave. */
export interface CellSync {
  /** Writes every cell changed since it was last saved; a cell that cannot be written never stops the others. */
  readonly save: () => void;
  /** Takes in a change another tab made (`storage` event); `key` null means the storage was cleared. */
  readonly onStorage: (key: string | null) => void;
  /** Re-reads every key (events can be missed while a tab is frozen; another tab may write just before us). */
  readonly reconcile: () => void;
  /** Settles a contested cell: `mine` keeps what this tab shows, `theirs` takes the other version. */
  readonly choose: (cell: CellId, which: 'mine' | 'theirs') => void;
}

interface Open {
  theirs: CellInputs;
  /** Where this tab's own version lives while contested: 'conflict' when the other tab's is the saved one. */
  mineIn: 'saved' | 'conflict';
  /** This tab's version last written under CELL_KEYS.conflict. */
  mine: CellInputs | null;
}

/** Starts a tab's per-cell autosave on `loaded`. */
export function createCellSync(options: CellSyncOptions): CellSync {
  const { storage, current, merge, replace, onState, mayMerge = () => true } = options;
  const base = {} as Record<CellId, string | null>;
  const agreed = {} as Record<CellId, CellInputs | null>;
  const open = new Map<CellId, Open>();
  const failures = new Map<CellId, DecodeError>();
  for (const id of CELL_IDS) {
    base[id] = options.loaded[id].raw;
    agreed[id] = options.loaded[id].inputs;
  }

  const publish = () =>
    onState({
      conflicts: CELL_IDS.flatMap((cell) => {
        const c = open.get(cell);
        return c ? [{ cell, theirs: c.theirs }] : [];
      }),
      failures: CELL_IDS.flatMap((cell) => {
        const error = failures.get(cell);
        return error ? [{ cell, error }] : [];
      }),
    });

  const textOf = (id: CellId, cell: CellInputs): string | null => {
    const encoded = encodeCell(id, cell);
    return encoded.ok ? encoded.value : null;
  };
  const write = (id: CellId, key: string, cell: CellInputs, prefix = ''): boolean => {
    const encoded = encodeCell(id, cell);
    const written = encoded.ok ? writeRaw(storage, key, prefix + encoded.value) : encoded;
    if (written.ok) failures.delete(id);
    else failures.set(id, written.error);
    return written.ok;
  };
  /** Which saved entries this tab wrote itself (the others were read or taken in). */
  const ownWrite = new Set<CellId>();
  /** Saves `cell` as the entry of `id`, made on the entry this tab agrees with. */
  const writeSaved = (id: CellId, cell: CellInputs): boolean => {
    const parent = base[id];
    const ancestry = parent === null ? [] : [fingerprint(bodyOf(parent)), ...ancestorsOf(parent)];
    const prefix = ancestry.length ? `p=${ancestry.slice(0, ANCESTORS_KEPT).join('.')}&` : '';
    if (!write(id, CELL_KEYS.saved(id), cell, prefix)) return false;
    base[id] = prefix + textOf(id, cell);
    agreed[id] = cell;
    ownWrite.add(id);
    return true;
  };
  const sameAsSaved = (id: CellId, cell: CellInputs, raw: string | null) =>
    raw !== null && textOf(id, cell) === bodyOf(raw);

  /** The saved entry of `id` is now `raw` (another tab wrote it). */
  const savedChanged = (id: CellId, raw: string | null) => {
    if (raw === base[id]) return;
    const previous = base[id];
    // This tab's own write is being replaced: whether the other tab saw it decides below.
    const wasMine = ownWrite.delete(id);
    const c = open.get(id);
    const decoded = raw === null ? null : decodeCell(id, raw);
    if (decoded && !decoded.ok) {
      // A damaged entry from elsewhere is set aside; this tab's version is written over it.
      if (raw !== null) writeRaw(storage, CELL_KEYS.unreadable(id), raw);
      base[id] = null;
      agreed[id] = null;
      return;
    }
    base[id] = raw;
    if (!decoded) {
      agreed[id] = null; // cleared: this tab writes its version again on the next save
      return;
    }
    if (c) {
      if (c.mineIn === 'conflict') c.theirs = decoded.value;
      agreed[id] = decoded.value;
      publish();
      return;
    }
    const mine = current()[id];
    const parent = previous === null ? null : fingerprint(bodyOf(previous));
    // Made on top of what this tab agrees with, or this tab's version was not its own to defend.
    const onTop = parent === null || ancestorsOf(raw).includes(parent) || !wasMine;
    const unchanged = mine === agreed[id] && onTop;
    if (sameAsSaved(id, mine, raw)) {
      agreed[id] = mine;
      return;
    }
    if (unchanged && !mayMerge(id)) {
      // Not now: as if the other tab's write had not been seen yet.
      base[id] = previous;
      if (wasMine) ownWrite.add(id);
      return;
    }
    agreed[id] = decoded.value;
    if (unchanged) return merge(id, decoded.value);
    // Both tabs changed this cell: the other's stays saved, this tab's goes beside it.
    open.set(id, { theirs: decoded.value, mineIn: 'conflict', mine: null });
    if (write(id, CELL_KEYS.conflict(id), mine)) open.get(id)!.mine = mine;
    publish();
  };

  /** The contested version of `id` is now `raw` (another tab wrote it, or settled the cell: null). */
  const conflictChanged = (id: CellId, raw: string | null) => {
    const c = open.get(id);
    if (raw === null) {
      if (!c) return;
      open.delete(id);
      // Settled in another tab: the saved entry holds the version chosen; this tab's, if not chosen, is
      // under CELL_KEYS.setAside (and one undo away here).
      const saved = readRaw(storage, CELL_KEYS.saved(id));
      base[id] = saved;
      const mine = current()[id];
      ownWrite.delete(id);
      const chosen = saved === null ? null : decodeCell(id, saved);
      if (chosen?.ok && !sameAsSaved(id, mine, saved)) {
        agreed[id] = chosen.value;
        replace(id, chosen.value);
      } else agreed[id] = mine;
      publish();
      return;
    }
    if (c?.mineIn === 'conflict') return;
    const mine = current()[id];
    const theirs = decodeCell(id, raw);
    if (textOf(id, mine) === raw || !theirs.ok) return;
    open.set(id, { theirs: theirs.value, mineIn: 'saved', mine: null });
    publish();
  };

  const reconcile = () => {
    for (const id of CELL_IDS) {
      savedChanged(id, readRaw(storage, CELL_KEYS.saved(id)));
      const contested = readRaw(storage, CELL_KEYS.conflict(id));
      const c = open.get(id);
      if (contested === null ? c !== undefined : !c) conflictChanged(id, contested);
    }
  };

  const save = () => {
    reconcile();
    const inputs = current();
    for (const id of CELL_IDS) {
      const cell = inputs[id];
      const c = open.get(id);
      if (c?.mineIn === 'conflict') {
        if (c.mine !== cell && write(id, CELL_KEYS.conflict(id), cell)) c.mine = cell;
        continue;
      }
      if (cell === agreed[id] && !failures.has(id)) continue;
      if (sameAsSaved(id, cell, base[id])) {
        agreed[id] = cell;
        failures.delete(id);
      } else writeSaved(id, cell);
    }
    publish();
  };

  // Versions left contested by tabs that closed before the user chose.
  for (const id of CELL_IDS) {
    const contested = readRaw(storage, CELL_KEYS.conflict(id));
    if (contested !== null) conflictChanged(id, contested);
  }

  return {
    save,
    reconcile,
    onStorage: (key) => {
      if (key === null) return reconcile();
      for (const id of CELL_IDS) {
        if (key === CELL_KEYS.saved(id)) savedChanged(id, readRaw(storage, key));
        else if (key === CELL_KEYS.conflict(id)) conflictChanged(id, readRaw(storage, key));
      }
    },
    choose: (id, which) => {
      const c = open.get(id);
      if (!c) return;
      const mine = current()[id];
      const [kept, other] = which === 'mine' ? [mine, c.theirs] : [c.theirs, mine];
      // The chosen version is saved first, so a tab reading the settled cell finds it already there.
      if (!writeSaved(id, kept)) return publish();
      const otherText = textOf(id, other);
      if (otherText !== null) writeRaw(storage, CELL_KEYS.setAside(id), otherText);
      writeRaw(storage, CELL_KEYS.conflict(id), null);
      open.delete(id);
      if (which === 'theirs') replace(id, kept);
      publish();
    },
  };
}
