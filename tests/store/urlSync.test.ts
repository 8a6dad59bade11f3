import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { array } from '../../src/engine';
import { decodeFragment } from '../../src/share/codec';
import { createNotebookStore } from '../../src/store/notebookStore';
import type { NotebookStore } from '../../src/store/notebookStore';
import { whenSettled, type SettledOptions } from '../../src/store/persist';
import { mirrorFragment, replaceFragment, writtenFragments, type UrlWindow } from '../../src/store/urlSync';
import { comparable } from '../share/arbitraries';
import { fakeWindow, memoryStorage } from './fakes';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** The address bar kept as the session keeps it: mirrorFragment of each settled change. */
function urlSync(
  store: NotebookStore,
  win: UrlWindow,
  options: SettledOptions & { debounceMs?: number; onWrite?: (fragment: string) => void } = {},
) {
  const { debounceMs = 400, onWrite, ...settled } = options;
  return whenSettled(store, debounceMs, (encoded) => mirrorFragment(win, encoded, onWrite), settled);
}

describe('mirrorFragment, settled', () => {
  it('replaces (never pushes) the URL once typing pauses, with a link to the whole notebook', () => {
    const store = createNotebookStore();
    const { win, replaced } = fakeWindow();
    urlSync(store, win, { debounceMs: 400 });
    for (let i = 0; i < 10; i++) store.getState().setMatrix('relu', 'x', array([i]));
    expect(replaced).toEqual([]);
    vi.advanceTimersByTime(400);
    expect(replaced).toHaveLength(1);
    expect(replaced[0]).toMatch(/^\/app\/\?q=1#v=1&s=/);
    const back = decodeFragment(win.location.hash);
    expect(back.ok && comparable(back.snapshot.inputs)).toEqual(comparable(store.getState().inputs));
  });

  it('leaves no fragment when the notebook is too large for a link', () => {
    const store = createNotebookStore();
    const { win } = fakeWindow('#v=1&s=old');
    const sync = urlSync(store, win);
    store.getState().setMatrix('relu', 'x', array(new Array(70_000).fill(1)));
    sync.flush();
    expect(win.location.hash).toBe('');
  });

  it('does not touch the URL when it already says the same', () => {
    const store = createNotebookStore();
    const { win, replaced } = fakeWindow();
    const sync = urlSync(store, win);
    store.getState().setDout('relu', 'ones');
    sync.flush();
    store.getState().setDout('relu', 'ones');
    store.getState().replaceInputs({ ...store.getState().inputs });
    sync.flush();
    expect(replaced).toHaveLength(1);
  });
});

describe('mirrorFragment, settled: options', () => {
  it('writes nothing while disabled, and tells each fragment it writes', () => {
    const store = createNotebookStore();
    const { win, replaced } = fakeWindow('#v=1&s=shared');
    let enabled = false;
    const onWrite = vi.fn();
    const sync = urlSync(store, win, { enabled: () => enabled, onWrite });
    store.getState().setDout('relu', 'ones');
    sync.flush();
    expect(replaced).toEqual([]);
    expect(onWrite).not.toHaveBeenCalled();
    enabled = true;
    store.getState().setDout('relu', 'custom');
    sync.flush();
    expect(onWrite).toHaveBeenCalledWith(win.location.hash.slice(1));
  });
});

describe('replaceFragment', () => {
  it('keeps path and query, and drops the # for an empty fragment', () => {
    const { win, replaced } = fakeWindow('#x');
    replaceFragment(win, '');
    replaceFragment(win, 'v=1&s=abc');
    expect(replaced).toEqual(['/app/?q=1', '/app/?q=1#v=1&s=abc']);
  });
});

describe('writtenFragments', () => {
  it('remembers the last 32 fragments written, by fingerprint', () => {
    const { storage, map } = memoryStorage();
    const written = writtenFragments(storage, 'k');
    for (let i = 0; i < 40; i++) written.add(`v=1&s=${i}`);
    expect(written.has('v=1&s=39')).toBe(true);
    expect(written.has('v=1&s=8')).toBe(true);
    expect(written.has('v=1&s=7')).toBe(false);
    expect(written.has('v=1&s=never')).toBe(false);
    expect(map.get('k')!.length).toBeLessThan(32 * 20);
  });
  it('knows nothing without storage, or with garbage in it', () => {
    expect(writtenFragments(null, 'k').has('v=1&s=0')).toBe(false);
    const { storage } = memoryStorage({ k: '{"not":"a list"' });
    const written = writtenFragments(storage, 'k');
    expect(written.has('v=1&s=0')).toBe(false);
    written.add('v=1&s=0');
    expect(written.has('v=1&s=0')).toBe(true);
  });
});
