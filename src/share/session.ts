import { createStore, type StoreApi } from 'zustand/vanilla';
import { CELL_IDS, type CellId } from '../notebook/cellIds';
import type { NotebookStore } from '../store/notebookStore';
import {
  createAutosave,
  encodeInputs,
  loadSaved,
  readRaw,
  saveInputs,
  STORAGE_KEYS,
  writeRaw,
  type KeyValueStorage,
  type SettledWriter,
} from '../store/persist';
import type { NotebookInputs } from '../store/types';
import { createUrlSync, replaceFragment, writtenFragments, type UrlWindow } from '../store/urlSync';
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
  /** The autosave found at start could not be read (it was set aside under STORAGE_KEYS.unreadable). */
  readonly autosaveError: DecodeError | null;
  /** Cells of the autosave repaired or left out on reading (its entry was set aside as read). */
  readonly autosaveIssues: readonly CellIssue[];
  /** Saving currently fails (the notebook is too large, or storage is refused). */
  readonly saveError: DecodeError | null;
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
  /** Writes pending saves now. */
  readonly flush: () => void;
  readonly dispose: () => void;
}

/** The window features the session uses (`window` itself in the app, a fake in tests). */
export interface SessionWindow extends UrlWindow {
  addEventListener(type: 'hashchange' | 'pagehide', listener: () => void): void;
  removeEventListener(type: 'hashchange' | 'pagehide', listener: () => void): void;
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
  readonly autosaveMs?: number;
  readonly urlMs?: number;
  /** Makes the autosave's and the URL's link text off the main thread (the page's link worker). */
  readonly encodeLater?: EncodeLater;
}

/** Reads the autosave and the URL, loads the notebook they call for, and keeps saving it and the URL. */
export function startShareSession(options: SessionOptions): ShareSession {
  const { store, defaults, storage, win, tabStorage = null } = options;
  const state = createStore<SessionState>()(() => ({
    notice: { kind: 'none' },
    autosaveError: null,
    autosaveIssues: [],
    saveError: null,
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

  // The user's own notebook, from the autosave; an unreadable one is set aside and reported.
  const saved = storage ? loadSaved(storage, STORAGE_KEYS.autosave) : null;
  if (saved && storage) {
    if (saved.result.ok) {
      own = applySnapshot(defaults(), saved.result.snapshot);
      // A cell repaired or left out is not what was saved: the entry is kept aside before a save replaces it.
      if (saved.result.issues?.length) {
        writeRaw(storage, STORAGE_KEYS.unreadable, saved.raw);
        state.setState({ autosaveIssues: saved.result.issues });
      }
    } else {
      writeRaw(storage, STORAGE_KEYS.unreadable, saved.raw);
      writeRaw(storage, STORAGE_KEYS.autosave, null);
      state.setState({ autosaveError: saved.result.error });
    }
  }

  // Created once the page's notebook is loaded, so that loading it neither saves nor rewrites the URL.
  let autosave: SettledWriter | null = null;
  let urlSync: SettledWriter | null = null;

  const openSnapshot = (snapshot: Snapshot, source: 'link' | 'file', issues: readonly CellIssue[]) => {
    autosave?.flush();
    if (mode === 'own') own = store.getState().inputs;
    mode = 'link';
    replace(applySnapshot(defaults(), snapshot));
    const cells = CELL_IDS.filter((id) => snapshot.inputs[id] !== undefined);
    setNotice({ kind: 'opened', source, cell: snapshot.cell ?? null, cells, adopted: false, issues });
    if (snapshot.cell) state.setState({ focus: { cell: snapshot.cell, seq: ++focusSeq } });
  };

  const open = (result: DecodeResult, source: 'link' | 'file') => {
    if (result.ok) openSnapshot(result.snapshot, source, result.issues ?? []);
    else setNotice({ kind: 'broken', source, error: result.error });
  };

  const adopt = () => {
    if (mode !== 'link') return;
    mode = 'own';
    previous = own;
    if (storage) writeRaw(storage, STORAGE_KEYS.beforeLink, readRaw(storage, STORAGE_KEYS.autosave));
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
      replaceFragment(win, fragment);
      if (mode === 'own') written.add(fragment);
    }
  };

  // Opening the page: a link wins over the autosave, unless the URL is the page's own (the URL sync
  // wrote it: this is a reload), which the autosave is as new as or newer than.
  const hash = win.location.hash;
  const written = writtenFragments(tabStorage, STORAGE_KEYS.urlWritten);
  const ownUrl =
    saved?.result.ok === true && (bareFragment(hash) === saved.raw || written.has(bareFragment(hash)));
  replace(own);
  if (isSnapshotFragment(hash) && !ownUrl) {
    const result = decodeFragment(hash);
    open(result, 'link');
    if (!result.ok) replaceFragment(win, '');
  }

  autosave = storage
    ? createAutosave(store, {
        storage,
        debounceMs: options.autosaveMs,
        enabled: () => mode === 'own',
        encodeLater: options.encodeLater,
        onError: (saveError) => state.setState({ saveError }),
      })
    : null;
  urlSync = createUrlSync(store, win, {
    debounceMs: options.urlMs,
    enabled: () => mode === 'own',
    encodeLater: options.encodeLater,
    onWrite: written.add,
  });

  const onHashChange = () => {
    const next = win.location.hash;
    if (isSnapshotFragment(next) && bareFragment(next) !== currentFragment()) openFragment(next);
  };
  const flush = () => {
    autosave?.flush();
    urlSync?.flush();
  };
  win.addEventListener('hashchange', onHashChange);
  win.addEventListener('pagehide', flush);

  return {
    state,
    openFragment,
    openFile: (text) => open(fromJsonFile(text), 'file'),
    keepShared: () => {
      adopt();
      if (storage) saveInputs(storage, STORAGE_KEYS.autosave, store.getState().inputs);
    },
    backToMine: () => {
      if (mode === 'link') {
        mode = 'own';
        replace(own);
      } else if (previous || state.getState().notice.kind === 'opened') {
        replace(previous ?? defaults());
        previous = null;
        if (storage) {
          saveInputs(storage, STORAGE_KEYS.autosave, store.getState().inputs);
          writeRaw(storage, STORAGE_KEYS.beforeLink, null);
        }
      }
      setNotice({ kind: 'none' });
    },
    dismiss: () => setNotice({ kind: 'none' }),
    flush,
    dispose: () => {
      unsubscribe();
      autosave?.dispose();
      urlSync?.dispose();
      win.removeEventListener('hashchange', onHashChange);
      win.removeEventListener('pagehide', flush);
    },
  };
}
