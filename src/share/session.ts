import { createStore, type StoreApi } from 'zustand/vanilla';
import { CELL_IDS, type CellId } from '../notebook/cellIds';
import type { NotebookStore } from '../store/notebookStore';
import { createCellSync, type CellConflict, type CellSync, type SaveFailure } from '../store/cellSync';
import {
  encodeInputs,
  loadCells,
  saveInputs,
  STORAGE_KEYS,
  whenSettled,
  writeRaw,
  type KeyValueStorage,
  type SettledWriter,
} from '../store/persist';
import type { CellInputs, NotebookInputs } from '../store/types';
import { mirrorFragment, replaceFragment, writtenFragments, type UrlWindow } from '../store/urlSync';
import { bareFragment, decodeFragment, isSnapshotFragment } from './codec';
import type { CellIssue, DecodeError, DecodeResult } from './errors';
import { fromJsonFile } from './jsonFile';
import type { EncodeLater } from './offThreadLinks';
import { applySnapshot, type Snapshot } from './snapshot';

/**
 * Where a notebook comes from when the page opens, and the way back: the user's autosave, a shared link,
 * or a snapshot file. A shared notebook is only looked at until the user edits it or keeps it; until then
 * the autosave is left alone, and "back to my notebook" restores it.
 */

/** What the link banner has to say. */
export type LinkNotice =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'opened';
      readonly source: 'link' | 'file';
      readonly cell: CellId | null;
      readonly cells: readonly CellId[];
      /** The user edited or kept it: it is now their autosaved notebook. */
      readonly adopted: boolean;
      /** Cells repaired or left out because they did not hold what the cell takes (cellRules.ts). */
      readonly issues: readonly CellIssue[];
    }
  | { readonly kind: 'broken'; readonly source: 'link' | 'file'; readonly error: DecodeError };

/** The session's state, for the banner. */
export interface SessionState {
  readonly notice: LinkNotice;
  /** Some of the autosave found at start could not be read (set aside under CELL_KEYS.unreadable). */
  readonly autosaveError: DecodeError | null;
  /** Cells of the autosave repaired or left out on reading (each entry as read was set aside). */
  readonly autosaveIssues: readonly CellIssue[];
  /** The browser offers no storage at all: nothing is saved, the address bar is the only copy. */
  readonly noStorage: boolean;
  /** Cells whose latest inputs are not saved (storage full, a value the format cannot hold), and why. */
  readonly saveFailures: readonly SaveFailure[];
  /** Cells another tab changed too, with the other version, until the user chooses. */
  readonly conflicts: readonly CellConflict[];
  /** The cell a snapshot asked to open at; `seq` grows with each opening, so the page scrolls every time. */
  readonly focus: { readonly cell: CellId; readonly seq: number } | null;
}

/** A running share session. */
export interface ShareSession {
  readonly state: StoreApi<SessionState>;
  /** Opens a link's fragment (also run on `hashchange`). */
  readonly openFragment: (hash: string) => void;
  /** Opens the text of a snapshot JSON file. */
  readonly openFile: (text: string) => void;
  /** Makes the shared notebook the user's own (what an edit of it does too). */
  readonly keepShared: () => void;
  /** Puts the user's own notebook back: the autosave while viewing a link, the previous one after keeping it. */
  readonly backToMine: () => void;
  /** Hides the banner's message. */
  readonly dismiss: () => void;
  /** Settles a cell two tabs changed: keep this tab's version, or take the other's (undoable). */
  readonly chooseVersion: (cell: CellId, which: 'mine' | 'theirs') => void;
  /** Writes pending saves now. */
  readonly flush: () => void;
  readonly dispose: () => void;
}

/** The window events the session listens to. */
type WindowEvent = 'hashchange' | 'pagehide' | 'pageshow' | 'storage';

/** The window features the session uses (`window` itself in the app, a fake in tests). */
export interface SessionWindow extends UrlWindow {
  addEventListener(type: WindowEvent, listener: (event: Event) => void): void;
  removeEventListener(type: WindowEvent, listener: (event: Event) => void): void;
}

/** The document features the session uses: it saves when the page is hidden (the last sure moment on phones). */
export interface SessionDocument {
  readonly visibilityState: DocumentVisibilityState;
  addEventListener(type: 'visibilitychange' | 'focusout', listener: () => void): void;
  removeEventListener(type: 'visibilitychange' | 'focusout', listener: () => void): void;
}

/** What a session needs. */
export interface SessionOptions {
  readonly store: NotebookStore;
  /** The seed's inputs: the base a snapshot's cells are put into, and the notebook when nothing is saved. */
  readonly defaults: () => NotebookInputs;
  /** Where the autosave lives; null when the browser offers none (nothing is saved then). */
  readonly storage: KeyValueStorage | null;
  /**
   * This tab's storage (sessionStorage): remembers the fragment the URL sync last wrote, so reloading
   * the tab before the URL caught up with the latest edits still opens the (newer) autosave.
   */
  readonly tabStorage?: KeyValueStorage | null;
  readonly win: SessionWindow;
  readonly doc?: SessionDocument;
  /** Quiet time after the last change before the autosave and the address bar are written (together). */
  readonly autosaveMs?: number;
  /**
   * Puts another tab's version of a cell into the store (`apply`) without making it an undo step of this
   * tab (startKeeping passes History.rebase); without it, `apply` just runs.
   */
  readonly absorb?: (cell: CellId, value: CellInputs, apply: () => void) => void;
  /**
   * Whether the user is typing in `cell` right now (a draft not yet committed): another tab's version of
   * that cell waits until focus leaves it, so the draft is not replaced under their fingers.
   */
  readonly typing?: (cell: CellId) => boolean;
  /** Makes the autosave's and the URL's link text off the main thread (the page's link worker). */
  readonly encodeLater?: EncodeLater;
}

/** Reads the autosave and the URL, loads the notebook they call for, and keeps saving it and the URL. */
export function startShareSession(options: SessionOptions): ShareSession {
  const { store, defaults, storage, win, doc, tabStorage = null } = options;
  const absorb = options.absorb ?? ((_cell, _value, apply) => apply());
  const state = createStore<SessionState>()(() => ({
    notice: { kind: 'none' },
    autosaveError: null,
    autosaveIssues: [],
    noStorage: storage === null,
    saveFailures: [],
    conflicts: [],
    focus: null,
  }));
  let mode: 'own' | 'link' = 'own';
  let own: NotebookInputs = defaults();
  let previous: NotebookInputs | null = null;
  let applying = false;
  let focusSeq = 0;

  const replace = (inputs: NotebookInputs) => {
    applying = true;
    try {
      store.getState().replaceInputs(inputs);
    } finally {
      applying = false;
    }
  };
  const setNotice = (notice: LinkNotice) => state.setState({ notice });

  // The user's own notebook, cell by cell from the autosave; unreadable entries are set aside and reported.
  let sync: CellSync | null = null;
  if (storage) {
    const { cells, legacyError, legacyIssues } = loadCells(storage, own);
    own = Object.fromEntries(CELL_IDS.map((id) => [id, cells[id].inputs])) as NotebookInputs;
    const unreadable = CELL_IDS.map((id) => cells[id].error).find((e) => e !== null);
    state.setState({
      autosaveError: legacyError ?? unreadable ?? null,
      autosaveIssues: [...CELL_IDS.flatMap((id) => cells[id].issues), ...legacyIssues],
    });
    sync = createCellSync({
      storage,
      loaded: cells,
      current: () => (mode === 'own' ? store.getState().inputs : own),
      merge: (cell, value) => {
        if (mode === 'link') own = { ...own, [cell]: value };
        else absorb(cell, value, () => replace({ ...store.getState().inputs, [cell]: value }));
      },
      replace: (cell, value) => {
        if (mode === 'link') own = { ...own, [cell]: value };
        else store.getState().replaceInputs({ ...store.getState().inputs, [cell]: value });
      },
      onState: ({ conflicts, failures }) => state.setState({ conflicts, saveFailures: failures }),
      mayMerge: (cell) => mode === 'link' || !(options.typing?.(cell) ?? false),
    });
  }

  // One write, a moment after the last change: every changed cell, then the address bar.
  const written = writtenFragments(tabStorage, STORAGE_KEYS.urlWritten);
  let keeper: SettledWriter | null = null;

  const openSnapshot = (snapshot: Snapshot, source: 'link' | 'file', issues: readonly CellIssue[]) => {
    keeper?.flush();
    if (mode === 'own') own = store.getState().inputs;
    if (snapshot.cell) state.setState({ focus: { cell: snapshot.cell, seq: ++focusSeq } });
    if (!storage) {
      // Nothing is kept in this browser, so there is no notebook of the user's to keep safe: the link's
      // notebook is simply the page's, and the no-storage banner says where it lives.
      store.getState().replaceInputs(applySnapshot(store.getState().inputs, snapshot));
      return;
    }
    mode = 'link';
    replace(applySnapshot(defaults(), snapshot));
    const cells = CELL_IDS.filter((id) => snapshot.inputs[id] !== undefined);
    setNotice({ kind: 'opened', source, cell: snapshot.cell ?? null, cells, adopted: false, issues });
  };

  const open = (result: DecodeResult, source: 'link' | 'file') => {
    if (result.ok) openSnapshot(result.snapshot, source, result.issues ?? []);
    else setNotice({ kind: 'broken', source, error: result.error });
  };

  const adopt = () => {
    if (mode !== 'link') return;
    mode = 'own';
    previous = own;
    if (storage) saveInputs(storage, STORAGE_KEYS.beforeLink, own);
    const notice = state.getState().notice;
    if (notice.kind === 'opened') setNotice({ ...notice, adopted: true });
  };

  const currentFragment = () => {
    const encoded = encodeInputs(store.getState().inputs);
    return encoded.ok ? encoded.value : '';
  };

  // Any change the session did not make itself is the user's edit: editing a shared notebook keeps it.
  const unsubscribe = store.subscribe((s, prev) => {
    if (!applying && s.inputs !== prev.inputs) adopt();
  });

  const openFragment = (hash: string) => {
    const result = decodeFragment(hash);
    open(result, 'link');
    // A broken link leaves the address bar: the URL goes back to what is on screen.
    if (!result.ok) {
      const fragment = currentFragment();
      if (mode === 'own') written.add(fragment);
      replaceFragment(win, fragment);
    }
  };

  // Opening the page: a link wins over the autosave, unless the URL is the page's own (this tab wrote it,
  // or it is exactly the saved notebook: a reload), which the autosave is as new as or newer than.
  const hash = win.location.hash;
  const bare = bareFragment(hash);
  const ownEncoded = storage && isSnapshotFragment(hash) ? encodeInputs(own) : null;
  const ownUrl = written.has(bare) || (ownEncoded?.ok === true && ownEncoded.value === bare);
  replace(own);
  if (isSnapshotFragment(hash) && !ownUrl) {
    const result = decodeFragment(hash);
    open(result, 'link');
    if (!result.ok) replaceFragment(win, '');
  } else if (ownUrl && ownEncoded?.ok && ownEncoded.value !== bare) {
    // A reload that caught an older address than the last edit: the address catches up now.
    written.add(ownEncoded.value);
    replaceFragment(win, ownEncoded.value);
  }

  keeper = whenSettled(
    store,
    options.autosaveMs ?? 300,
    (encoded) => {
      sync?.save();
      mirrorFragment(win, encoded, written.add);
    },
    { enabled: () => mode === 'own', encodeLater: options.encodeLater },
  );

  const onHashChange = () => {
    const next = win.location.hash;
    if (isSnapshotFragment(next) && bareFragment(next) !== currentFragment()) openFragment(next);
  };
  const flush = () => keeper?.flush();
  const onVisibility = () => {
    if (doc?.visibilityState === 'hidden') flush();
    else sync?.reconcile();
  };
  const onStorage = (event: Event) => {
    const key = (event as StorageEvent).key;
    if (key === null || key.startsWith('layer-explorer:')) sync?.onStorage(key);
  };
  const onPageShow = () => sync?.reconcile();
  // A cell another tab changed while the user was typing in it is taken in once focus has left it (the
  // next element has focus only after focusout).
  let focusTimer: ReturnType<typeof setTimeout> | null = null;
  const onFocusOut = () => {
    if (focusTimer !== null) return;
    focusTimer = setTimeout(() => {
      focusTimer = null;
      sync?.reconcile();
    }, 0);
  };
  win.addEventListener('hashchange', onHashChange);
  win.addEventListener('pagehide', flush);
  win.addEventListener('pageshow', onPageShow);
  win.addEventListener('storage', onStorage);
  doc?.addEventListener('visibilitychange', onVisibility);
  if (options.typing) doc?.addEventListener('focusout', onFocusOut);

  const saveAll = () => {
    sync?.save();
    mirrorFragment(win, encodeInputs(store.getState().inputs), written.add);
  };

  return {
    state,
    openFragment,
    openFile: (text) => open(fromJsonFile(text), 'file'),
    keepShared: () => {
      adopt();
      saveAll();
    },
    backToMine: () => {
      if (mode === 'link') {
        mode = 'own';
        replace(own);
      } else if (previous || state.getState().notice.kind === 'opened') {
        replace(previous ?? defaults());
        previous = null;
        saveAll();
        if (storage) writeRaw(storage, STORAGE_KEYS.beforeLink, null);
      }
      setNotice({ kind: 'none' });
    },
    dismiss: () => setNotice({ kind: 'none' }),
    chooseVersion: (cell, which) => sync?.choose(cell, which),
    flush,
    dispose: () => {
      unsubscribe();
      keeper?.dispose();
      win.removeEventListener('hashchange', onHashChange);
      win.removeEventListener('pagehide', flush);
      win.removeEventListener('pageshow', onPageShow);
      win.removeEventListener('storage', onStorage);
      doc?.removeEventListener('visibilitychange', onVisibility);
      doc?.removeEventListener('focusout', onFocusOut);
      if (focusTimer !== null) clearTimeout(focusTimer);
    },
  };
}
