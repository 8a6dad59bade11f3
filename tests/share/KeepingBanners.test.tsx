// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { array } from '../../src/engine';
import type { Lang } from '../../src/i18n/lang';
import { createLangStore } from '../../src/i18n/langStore';
import { LangStoreContext } from '../../src/i18n/useT';
import { defaultInputs } from '../../src/notebook/cells';
import { differingInputs, KeepingBanners } from '../../src/share/KeepingBanners';
import { startShareSession } from '../../src/share/session';
import { createNotebookStore } from '../../src/store/notebookStore';
import { NotebookStoreContext } from '../../src/store/useNotebook';
import { CELL_KEYS, encodeCell } from '../../src/store/persist';
import { fakeWindow, memoryStorage } from '../store/fakes';

afterEach(cleanup);

function page(options: { storage?: ReturnType<typeof memoryStorage> | null; lang?: Lang } = {}) {
  const store = createNotebookStore();
  const storage = options.storage === undefined ? memoryStorage() : options.storage;
  const session = startShareSession({
    store,
    defaults: defaultInputs,
    storage: storage?.storage ?? null,
    win: fakeWindow('').win,
  });
  render(
    <LangStoreContext value={createLangStore({ storage: null, languages: [options.lang ?? 'en'] })}>
      <NotebookStoreContext value={store}>
        <KeepingBanners session={session} />
      </NotebookStoreContext>
    </LangStoreContext>,
  );
  return { store, session, storage };
}

describe('KeepingBanners', () => {
  it('says plainly, in the page’s language, that nothing is saved when there is no storage', () => {
    page({ storage: null, lang: 'ja' });
    const banner = screen.getByRole('alert');
    expect(banner.getAttribute('data-link-banner')).toBe('no-storage');
    expect(banner.textContent).toContain('このブラウザには何も保存されていません。');
    expect(
      screen.getByRole('button', { name: 'スナップショットのファイルをダウンロード' }),
    ).toBeInTheDocument();
  });

  it('shows nothing while everything is saved', () => {
    page();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names the cells not saved, in words about saving', () => {
    const { store, session } = page();
    const huge = { ...array([1], 'int64'), data: new Float64Array([2 ** 53 + 2]) };
    act(() => {
      store.getState().setMatrix('relu', 'x', huge);
      session.flush();
    });
    const banner = screen.getByRole('alert');
    expect(banner.getAttribute('data-cells')).toBe('relu');
    expect(banner.textContent).toContain('Some changes are not being saved in this browser.');
    expect(banner.textContent).toContain('they hold a value that cannot be saved');
    expect(banner.textContent).not.toMatch(/\blink\b/);
  });

  it('offers the choice for a cell another tab changed too, and settles it', async () => {
    const storage = memoryStorage();
    const d = defaultInputs();
    const theirs = encodeCell('relu', { ...d.relu, matrices: { ...d.relu.matrices, x: array([[5]]) } });
    storage.map.set(CELL_KEYS.conflict('relu'), theirs.ok ? theirs.value : '');
    const { store } = page({ storage });
    const banner = screen.getByRole('alert');
    expect(banner.getAttribute('data-conflict')).toBe('relu');
    expect(banner.textContent).toContain('They differ in: x.');
    await userEvent.click(screen.getByRole('button', { name: 'Use the other tab’s version' }));
    expect(Array.from(store.getState().inputs.relu.matrices.x.data)).toEqual([5]);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(storage.map.has(CELL_KEYS.conflict('relu'))).toBe(false);
  });

  it('differingInputs lists the matrices, dout and seed that differ', () => {
    const d = defaultInputs().relu;
    expect(differingInputs(d, d)).toEqual([]);
    expect(differingInputs(d, { ...d, dout: 'ones', matrices: { ...d.matrices, x: array([[9]]) } })).toEqual([
      'x',
      'dout',
    ]);
  });
});
