import { expect } from 'vitest';
import type { KeyValueStorage } from '../../src/store/persist';

/** Test helper: storage backed by a Map; `refuse` makes every write throw, as a full localStorage does. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  let refuse = false;
  const storage: KeyValueStorage = {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      if (refuse) throw new DOMException('quota exceeded', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
  };
  return { storage, map, refuseWrites: (on: boolean) => (refuse = on) };
}

/** Test helper: the window parts the session and URL sync use, recording every URL replaced. */
export function fakeWindow(hash = '') {
  const listeners = new Map<string, Set<() => void>>();
  const location = { pathname: '/app/', search: '?q=1', hash };
  const replaced: string[] = [];
  const win = {
    location,
    history: {
      state: { kept: true },
      replaceState: (state: unknown, _title: string, url?: string | URL | null) => {
        expect(state).toEqual({ kept: true });
        const text = String(url);
        replaced.push(text);
        const at = text.indexOf('#');
        location.hash = at < 0 ? '' : text.slice(at);
      },
    },
    addEventListener: (type: string, fn: () => void) => {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(fn);
    },
    removeEventListener: (type: string, fn: () => void) => void listeners.get(type)?.delete(fn),
  };
  /** Simulates the user changing the hash (typing or pasting a link): the browser fires hashchange. */
  const navigate = (next: string) => {
    location.hash = next;
    for (const fn of listeners.get('hashchange') ?? []) fn();
  };
  const fire = (type: string) => {
    for (const fn of listeners.get(type) ?? []) fn();
  };
  return { win, replaced, navigate, fire, listeners };
}
