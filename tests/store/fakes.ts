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
  const listeners = new Map<string, Set<(event: Event) => void>>();
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
    addEventListener: (type: string, fn: (event: Event) => void) => {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(fn);
    },
    removeEventListener: (type: string, fn: (event: Event) => void) => void listeners.get(type)?.delete(fn),
  };
  /** Simulates the user changing the hash (typing or pasting a link): the browser fires hashchange. */
  const navigate = (next: string) => {
    location.hash = next;
    for (const fn of listeners.get('hashchange') ?? []) fn(new Event('hashchange'));
  };
  /** Fires `type` (a `storage` event carries `key`). */
  const fire = (type: string, key?: string | null) => {
    const event = Object.assign(new Event(type), key === undefined ? {} : { key });
    for (const fn of listeners.get(type) ?? []) fn(event);
  };
  return { win, replaced, navigate, fire, listeners };
}

/** Test helper: the document's visibilitychange, fired by hand. */
export function fakeDocument() {
  const listeners = new Set<() => void>();
  return {
    addEventListener: (_type: 'visibilitychange', fn: () => void) => void listeners.add(fn),
    removeEventListener: (_type: 'visibilitychange', fn: () => void) => void listeners.delete(fn),
    fire: () => listeners.forEach((fn) => fn()),
  };
}

/**
 * Test helper: one localStorage shared by several tabs. A write by one tab fires `storage` in the
 * others (as browsers do: never in the tab that wrote), when `deliver` is called, like the event loop.
 */
export function sharedStorage() {
  const map = new Map<string, string>();
  const tabs: { fire: (type: string, key?: string | null) => void }[] = [];
  const queue: { from: number; key: string }[] = [];
  const tab = (page: { fire: (type: string, key?: string | null) => void }) => {
    const index = tabs.push(page) - 1;
    const storage: KeyValueStorage = {
      getItem: (k) => map.get(k) ?? null,
      setItem: (k, v) => {
        if (map.get(k) === v) return;
        map.set(k, v);
        queue.push({ from: index, key: k });
      },
      removeItem: (k) => {
        if (!map.delete(k)) return;
        queue.push({ from: index, key: k });
      },
    };
    return storage;
  };
  /** Delivers the storage events of every write so far. */
  const deliver = () => {
    while (queue.length) {
      const { from, key } = queue.shift()!;
      tabs.forEach((t, i) => i !== from && t.fire('storage', key));
    }
  };
  return { map, tab, deliver };
}
