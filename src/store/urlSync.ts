import { bareFragment } from '../share/codec';
import type { Step } from '../share/errors';
import type { KeyValueStorage } from './persist';

/**
 * Keeps the address bar's fragment in step with the notebook, so the URL always opens what is on screen.
 * It only ever replaces the current history entry (a back button press never steps through keystrokes);
 * the session writes it a moment after the last change, right after the changed cells (session.ts).
 */

/** The parts of `window` URL sync touches; a fake stands in for it in tests. */
export interface UrlWindow {
  readonly location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  readonly history: Pick<History, 'replaceState' | 'state'>;
}

/** Replaces the URL's fragment with `fragment` (or removes it, with ''), keeping path, query and history state. */
export function replaceFragment(win: UrlWindow, fragment: string): void {
  const { pathname, search } = win.location;
  win.history.replaceState(win.history.state, '', `${pathname}${search}${fragment ? `#${fragment}` : ''}`);
}

/**
 * Puts the notebook's link text into the address bar. `onWrite` is told first, so that a reload that
 * begins as soon as the URL changes already finds it remembered.
 */
export function mirrorFragment(
  win: UrlWindow,
  encoded: Step<string>,
  onWrite?: (fragment: string) => void,
): void {
  // A notebook too large for a link leaves no fragment, so a reload falls back to the autosave.
  const fragment = encoded.ok ? encoded.value : '';
  onWrite?.(fragment);
  if (bareFragment(win.location.hash) !== fragment) replaceFragment(win, fragment);
}

/** A 64-bit FNV-1a fingerprint of `text` (two 32-bit halves), short enough to keep many of. */
export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 7);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** How many written fragments a tab remembers. */
const WRITTEN_KEEP = 32;

/**
 * The fragments this tab's URL sync wrote (as fingerprints, in sessionStorage), so that a reload knows
 * its own URL even when it caught an older one than the last written: the browser reloads the URL it had
 * when the reload began, while the page may still write a newer one before it goes.
 */
export function writtenFragments(storage: KeyValueStorage | null, key: string) {
  const read = (): string[] => {
    try {
      const list: unknown = JSON.parse(storage?.getItem(key) ?? '[]');
      return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
    } catch {
      return [];
    }
  };
  return {
    /** Remembers a fragment written to the URL. */
    add: (fragment: string): void => {
      if (!storage || !fragment) return;
      const print = fingerprint(fragment);
      const list = [...read().filter((p) => p !== print), print].slice(-WRITTEN_KEEP);
      try {
        storage.setItem(key, JSON.stringify(list));
      } catch {
        // A tab that cannot remember only loses the reload shortcut: its URL then opens as a link.
      }
    },
    /** Whether this tab wrote `fragment` to the URL. */
    has: (fragment: string): boolean => fragment !== '' && read().includes(fingerprint(fragment)),
  };
}
