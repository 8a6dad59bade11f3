import { decodeFragment, encodeFragment } from '../share/codec';
import { fail, type DecodeError, type DecodeResult, type Step } from '../share/errors';
import { notebookSnapshot } from '../share/snapshot';
import type { NotebookStore } from './notebookStore';
import type { NotebookInputs } from './types';

/**
 * Autosave: every change of the notebook is written to localStorage (debounced) in the same form as a
 * share link's fragment, and read back through the same decoder, so a damaged entry is reported like a
 * broken link rather than trusted.
 */

/** Where the notebook is kept in localStorage. */
export const STORAGE_KEYS = {
  /** The user's notebook, kept up to date as they edit. */
  autosave: 'layer-explorer:autosave',
  /** The user's notebook as it was before they took over a shared one (the way back to it). */
  beforeLink: 'layer-explorer:before-link',
  /** An autosave entry that could not be read, set aside instead of being overwritten unseen. */
  unreadable: 'layer-explorer:autosave-unreadable',
  /** In sessionStorage (one tab): fingerprints of the fragments the URL sync wrote, so a reload knows its own URL. */
  urlWritten: 'layer-explorer:url-written',
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
  return raw === null ? null : { raw, result: decodeFragment(raw) };
}

/** Saves `inputs` under `key` in link form; returns what was written. */
export function saveInputs(
  storage: KeyValueStorage,
  key: string,
  inputs: NotebookInputs,
): Step<string | null> {
  const encoded = encodeInputs(inputs);
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

/** A write that runs a moment after the last change of the notebook's inputs. */
export interface SettledWriter {
  /** Writes a pending change now (before the page goes away, or before switching notebooks). */
  readonly flush: () => void;
  /** Drops a pending change without writing it. */
  readonly cancel: () => void;
  /** Stops listening to the store (a pending change is dropped). */
  readonly dispose: () => void;
}

/** Calls `write` once the inputs of `store` have stopped changing for `quietMs`. */
export function whenSettled(store: NotebookStore, quietMs: number, write: () => void): SettledWriter {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const run = () => {
    timer = null;
    write();
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.inputs === prev.inputs) return;
    cancel();
    timer = setTimeout(run, quietMs);
  });
  return {
    flush: () => {
      if (timer === null) return;
      cancel();
      run();
    },
    cancel,
    dispose: () => {
      cancel();
      unsubscribe();
    },
  };
}

/** How an autosave runs. */
export interface AutosaveOptions {
  readonly storage: KeyValueStorage;
  /** Quiet time after the last change before writing, in ms. */
  readonly debounceMs?: number;
  /** Checked at write time: false while a shared link is only being looked at. */
  readonly enabled?: () => boolean;
  /** Told when a write fails (too large for a snapshot, storage full) and when writing works again (null). */
  readonly onError?: (error: DecodeError | null) => void;
}

/** Saves the notebook under STORAGE_KEYS.autosave a moment after each change. */
export function createAutosave(store: NotebookStore, options: AutosaveOptions): SettledWriter {
  const { storage, debounceMs = 300, enabled = () => true, onError } = options;
  return whenSettled(store, debounceMs, () => {
    if (!enabled()) return;
    const saved = saveInputs(storage, STORAGE_KEYS.autosave, store.getState().inputs);
    onError?.(saved.ok ? null : saved.error);
  });
}
