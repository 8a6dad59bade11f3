import { CELL_IDS, type CellId } from '../notebook/cellIds';
import { decodeFragment, encodeFragment } from '../share/codec';
import { encodeCellFragment } from '../share/encode';
import { fail, pass, type CellIssue, type DecodeError, type DecodeResult, type Step } from '../share/errors';
import { STORAGE_CAPS } from '../share/limits';
import { notebookSnapshot } from '../share/snapshot';
import type { EncodeLater } from '../share/offThreadLinks';
import type { NotebookStore } from './notebookStore';
import type { CellInputs, NotebookInputs } from './types';

/**
 * Autosave: each cell is kept under its own localStorage key (so two tabs editing different cells never
 * overwrite each other, and a cell that cannot be saved never stops the others), in the same form as a
 * share link's fragment, and read back through the same decoder, so a damaged entry is reported like a
 * broken link rather than trusted. Saving is bound by the storage's caps, not a link's.
 */

/** Where the notebook is kept in localStorage. */
export const STORAGE_KEYS = {
  /** The whole notebook in one entry, as builds before per-cell keys saved it: read once and migrated. */
  autosave: 'layer-explorer:autosave',
  /** The user's notebook as it was before they took over a shared one (the way back to it). */
  beforeLink: 'layer-explorer:before-link',
  /** An autosave entry that could not be read, set aside instead of being overwritten unseen. */
  unreadable: 'layer-explorer:autosave-unreadable',
  /** In sessionStorage (one tab): fingerprints of the fragments the URL sync wrote, so a reload knows its own URL. */
  urlWritten: 'layer-explorer:url-written',
} as const;

/** Where each cell is kept, and its other versions (see docs/sharing.md, "Keeping every edit"). */
export const CELL_KEYS = {
  /** The cell's inputs, kept up to date as they are edited (in any tab). */
  saved: (id: CellId) => `layer-explorer:cell:${id}`,
  /** A second version of the cell, from a tab that had changed it when another tab saved it too. */
  conflict: (id: CellId) => `layer-explorer:cell-conflict:${id}`,
  /** The version the user did not choose when two tabs disagreed: kept, never silently dropped. */
  setAside: (id: CellId) => `layer-explorer:cell-set-aside:${id}`,
  /** A saved entry of the cell that could not be read, set aside instead of being overwritten unseen. */
  unreadable: (id: CellId) => `layer-explorer:cell-unreadable:${id}`,
} as const;

/** The part of Web Storage used here; a Map-backed object stands in for it in tests. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * localStorage (or, with 'session', this tab's sessionStorage) when the browser lets the page use it;
 * privacy modes may refuse even to show it.
 */
export function browserStorage(kind: 'local' | 'session' = 'local'): KeyValueStorage | null {
  try {
    if (kind === 'session') return typeof sessionStorage === 'undefined' ? null : sessionStorage;
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The raw entry under `key`, or null when there is none or storage refuses. */
export function readRaw(storage: KeyValueStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** Writes (or with null, removes) the raw entry under `key`; storage errors come back as a result. */
export function writeRaw(storage: KeyValueStorage, key: string, value: string | null): Step<string | null> {
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
    return { ok: true, value };
  } catch (e) {
    return fail('storage-refused', `the browser refused to save (${describe(e)})`);
  }
}

/** What is saved under `key`: null when nothing is, else the decoded snapshot or why it cannot be read. */
export function loadSaved(
  storage: KeyValueStorage,
  key: string,
): { raw: string; result: DecodeResult } | null {
  const raw = readRaw(storage, key);
  return raw === null ? null : { raw, result: decodeFragment(raw, STORAGE_CAPS) };
}

/** Saves the whole notebook `inputs` under `key` in link form (within the storage's caps). */
export function saveInputs(
  storage: KeyValueStorage,
  key: string,
  inputs: NotebookInputs,
): Step<string | null> {
  return writeEncoded(storage, key, encodeFragment(notebookSnapshot(inputs), STORAGE_CAPS));
}

const encodedCells = new WeakMap<CellInputs, Map<CellId, Step<string>>>();

/**
 * One cell's saved text: a fragment whose snapshot holds only that cell, within the storage's caps, made
 * once per inputs object (only the edited cell gets a new one, so a save encodes only what changed).
 * A value the format cannot hold comes back as the failure it is, for this cell alone.
 */
export function encodeCell(id: CellId, cell: CellInputs): Step<string> {
  let byId = encodedCells.get(cell);
  if (!byId) encodedCells.set(cell, (byId = new Map()));
  let encoded = byId.get(id);
  if (encoded === undefined) {
    encoded = encodeCellFragment(id, cell);
    byId.set(id, encoded);
  }
  return encoded;
}

/** Whether `encodeCell(id, cell)` is already made (the next save of the cell costs nothing). */
function cellEncoded(id: CellId, cell: CellInputs): boolean {
  return encodedCells.get(cell)?.has(id) ?? false;
}

/** Remembers a cell's saved text made elsewhere (the link worker), so `encodeCell` returns it. */
function rememberCell(id: CellId, cell: CellInputs, encoded: Step<string>): void {
  let byId = encodedCells.get(cell);
  if (!byId) encodedCells.set(cell, (byId = new Map()));
  if (!byId.has(id)) byId.set(id, encoded);
}

/** A saved cell's text → its inputs, through the link decoder (storage caps); any other cell in it is an error. */
export function decodeCell(
  id: CellId,
  raw: string,
): Step<CellInputs> & { readonly issues?: readonly CellIssue[] } {
  const result = decodeFragment(raw, STORAGE_CAPS);
  if (!result.ok) return result;
  const cell = result.snapshot.inputs[id];
  const others = Object.keys(result.snapshot.inputs).filter((key) => key !== id);
  if (!cell || others.length > 0) return fail('invalid', `the entry for ${id} does not hold that cell alone`);
  return result.issues?.length ? { ...pass(cell), issues: result.issues } : pass(cell);
}

/** One cell as the autosave holds it when a page opens. */
export interface LoadedCell {
  /** The inputs to show: the saved ones, or the seed's when nothing (readable) is saved. */
  readonly inputs: CellInputs;
  /** The saved text these inputs came from (null: nothing saved). */
  readonly raw: string | null;
  /** Why the saved entry could not be read (it was moved under CELL_KEYS.unreadable). */
  readonly error: DecodeError | null;
  /** What was repaired on reading (the entry as read was copied under CELL_KEYS.unreadable). */
  readonly issues: readonly CellIssue[];
}

/**
 * Reads every cell's entry. An unreadable one is set aside and the cell starts from the seed. When no cell
 * is saved yet but the single-entry autosave of older builds is, that notebook is read and written out
 * cell by cell (the old entry goes once every cell is written; an unreadable one is set aside as before).
 * What the cells' rules repaired comes back per cell (`issues`), and for the old entry as `legacyIssues`.
 */
export function loadCells(
  storage: KeyValueStorage,
  defaults: NotebookInputs,
): {
  cells: Record<CellId, LoadedCell>;
  legacyError: DecodeError | null;
  legacyIssues: readonly CellIssue[];
} {
  const cells = {} as Record<CellId, LoadedCell>;
  for (const id of CELL_IDS) {
    const raw = readRaw(storage, CELL_KEYS.saved(id));
    const decoded = raw === null ? null : decodeCell(id, raw);
    if (raw === null || decoded === null) {
      cells[id] = { inputs: defaults[id], raw: null, error: null, issues: [] };
    } else if (!decoded.ok) {
      writeRaw(storage, CELL_KEYS.unreadable(id), raw);
      writeRaw(storage, CELL_KEYS.saved(id), null);
      cells[id] = { inputs: defaults[id], raw: null, error: decoded.error, issues: [] };
    } else if (decoded.issues) {
      // Repaired on reading: the entry as read is kept aside, and the repaired cell replaces it at once,
      // so what failed the cell's rules is not kept as the cell's autosave.
      writeRaw(storage, CELL_KEYS.unreadable(id), raw);
      const written = writeEncoded(storage, CELL_KEYS.saved(id), encodeCell(id, decoded.value));
      cells[id] = {
        inputs: decoded.value,
        raw: written.ok ? written.value : raw,
        error: null,
        issues: decoded.issues,
      };
    } else cells[id] = { inputs: decoded.value, raw, error: null, issues: [] };
  }
  const legacy = CELL_IDS.some((id) => cells[id].raw !== null)
    ? null
    : loadSaved(storage, STORAGE_KEYS.autosave);
  if (!legacy) return { cells, legacyError: null, legacyIssues: [] };
  if (!legacy.result.ok) {
    writeRaw(storage, STORAGE_KEYS.unreadable, legacy.raw);
    writeRaw(storage, STORAGE_KEYS.autosave, null);
    return { cells, legacyError: legacy.result.error, legacyIssues: [] };
  }
  const legacyIssues = legacy.result.issues ?? [];
  if (legacyIssues.length > 0) writeRaw(storage, STORAGE_KEYS.unreadable, legacy.raw);
  let allWritten = true;
  for (const id of CELL_IDS) {
    const cell = legacy.result.snapshot.inputs[id];
    if (!cell) continue;
    const written = writeEncoded(storage, CELL_KEYS.saved(id), encodeCell(id, cell));
    cells[id] = {
      inputs: cell,
      raw: written.ok ? written.value : null,
      error: null,
      issues: [],
    };
    allWritten &&= written.ok;
  }
  if (allWritten) writeRaw(storage, STORAGE_KEYS.autosave, null);
  return { cells, legacyError: null, legacyIssues };
}

/** Writes link text under `key`; text that could not be made comes back as the failure it is. */
function writeEncoded(storage: KeyValueStorage, key: string, encoded: Step<string>): Step<string | null> {
  return encoded.ok ? writeRaw(storage, key, encoded.value) : encoded;
}

const encodedInputs = new WeakMap<NotebookInputs, Step<string>>();

/**
 * The notebook's inputs as a link fragment (`encodeFragment` of their snapshot), once per inputs object:
 * the autosave and the address bar both write the same text a moment after each change, and for 64×64
 * matrices encoding it (JSON, deflate, base64) takes several milliseconds of the main thread.
 */
export function encodeInputs(inputs: NotebookInputs): Step<string> {
  let encoded = encodedInputs.get(inputs);
  if (encoded === undefined) {
    encoded = encodeFragment(notebookSnapshot(inputs));
    encodedInputs.set(inputs, encoded);
  }
  return encoded;
}

/** Link text on its way from `EncodeLater`, per inputs object: the autosave and the URL share one request. */
const pendingInputs = new WeakMap<NotebookInputs, Promise<Step<string>>>();

/**
 * `encodeInputs` made by `encodeLater` (off the main thread), once per inputs object, together with the
 * saved text of every cell not encoded yet (`encodeCell`, which the autosave calls next): what comes back
 * is remembered, so neither the save nor `encodeInputs` of the same inputs (a flush, the share button)
 * makes it again on the main thread.
 */
export function encodeInputsLater(inputs: NotebookInputs, encodeLater: EncodeLater): Promise<Step<string>> {
  const cells = CELL_IDS.filter((id) => !cellEncoded(id, inputs[id]));
  const known = encodedInputs.get(inputs);
  if (known && cells.length === 0) return Promise.resolve(known);
  let pending = pendingInputs.get(inputs);
  if (!pending) {
    pending = encodeLater(inputs, cells).then((later) => {
      for (const id of cells) {
        const text = later.cellTexts?.[id];
        if (text) rememberCell(id, inputs[id], text);
      }
      const encoded: Step<string> = later.ok ? pass(later.value) : { ok: false, error: later.error };
      if (!encodedInputs.has(inputs)) encodedInputs.set(inputs, encoded);
      return encodedInputs.get(inputs) ?? encoded;
    });
    pendingInputs.set(inputs, pending);
  }
  return pending;
}

/** A write that runs a moment after the last change of the notebook's inputs. */
export interface SettledWriter {
  /** Writes a pending change now (before the page goes away, or before switching notebooks). */
  readonly flush: () => void;
  /** Drops a pending change without writing it. */
  readonly cancel: () => void;
  /** Stops listening to the store (a pending change is dropped). */
  readonly dispose: () => void;
}

/** When and how a settled write runs. */
export interface SettledOptions {
  /** Checked at write time: false while a shared link is only being looked at. */
  readonly enabled?: () => boolean;
  /**
   * Makes the link text off the main thread (the page's link worker). Without it the text is made on
   * the spot; a flush always makes it on the spot, since the page may be going away.
   */
  readonly encodeLater?: EncodeLater;
}

/**
 * Calls `write` with the notebook's link text (`encodeInputs`) once its inputs have stopped changing for
 * `quietMs`. With `encodeLater`, the text is written when it comes back, unless the inputs changed in
 * the meantime (the change has its own write coming) or a flush wrote them already.
 */
export function whenSettled(
  store: NotebookStore,
  quietMs: number,
  write: (encoded: Step<string>) => void,
  options: SettledOptions = {},
): SettledWriter {
  const { enabled = () => true, encodeLater } = options;
  let timer: ReturnType<typeof setTimeout> | null = null;
  // The inputs of the latest change, until they are written (null: nothing to write).
  let unwritten: NotebookInputs | null = null;
  const stopTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const writeNow = () => {
    unwritten = null;
    if (enabled()) write(encodeInputs(store.getState().inputs));
  };
  const run = () => {
    timer = null;
    const inputs = store.getState().inputs;
    if (!encodeLater || !enabled()) return writeNow();
    void encodeInputsLater(inputs, encodeLater).then((encoded) => {
      if (unwritten !== inputs) return;
      unwritten = null;
      if (enabled()) write(encoded);
    });
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.inputs === prev.inputs) return;
    unwritten = s.inputs;
    stopTimer();
    timer = setTimeout(run, quietMs);
  });
  const cancel = () => {
    stopTimer();
    unwritten = null;
  };
  return {
    flush: () => {
      if (unwritten === null) return;
      stopTimer();
      writeNow();
    },
    cancel,
    dispose: () => {
      cancel();
      unsubscribe();
    },
  };
}
