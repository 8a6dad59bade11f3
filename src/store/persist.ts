import { decodeFragment, encodeFragment } from '../share/codec';
import { fail, type DecodeError, type DecodeResult, type Step } from '../share/errors';
import { notebookSnapshot } from '../share/snapshot';
import type { EncodeLater } from '../share/offThreadLinks';
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
  return writeEncoded(storage, key, encodeInputs(inputs));
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
 * `encodeInputs` made by `encodeLater` (off the main thread), once per inputs object; the text that comes
 * back is remembered, so `encodeInputs` of the same inputs (a flush, the share button) is not made again.
 */
export function encodeInputsLater(inputs: NotebookInputs, encodeLater: EncodeLater): Promise<Step<string>> {
  const known = encodedInputs.get(inputs);
  if (known) return Promise.resolve(known);
  let pending = pendingInputs.get(inputs);
  if (!pending) {
    pending = encodeLater(inputs).then((encoded) => {
      encodedInputs.set(inputs, encoded);
      return encoded;
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

/** How an autosave runs. */
export interface AutosaveOptions extends SettledOptions {
  readonly storage: KeyValueStorage;
  /** Quiet time after the last change before writing, in ms. */
  readonly debounceMs?: number;
  /** Told when a write fails (too large for a snapshot, storage full) and when writing works again (null). */
  readonly onError?: (error: DecodeError | null) => void;
}

/** Saves the notebook under STORAGE_KEYS.autosave a moment after each change. */
export function createAutosave(store: NotebookStore, options: AutosaveOptions): SettledWriter {
  const { storage, debounceMs = 300, onError, ...settled } = options;
  const save = (encoded: Step<string>) => {
    const saved = writeEncoded(storage, STORAGE_KEYS.autosave, encoded);
    onError?.(saved.ok ? null : saved.error);
  };
  return whenSettled(store, debounceMs, save, settled);
}
