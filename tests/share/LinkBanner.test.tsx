// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { array } from '../../src/engine';
import type { Lang } from '../../src/i18n/lang';
import { createLangStore } from '../../src/i18n/langStore';
import { LangStoreContext } from '../../src/i18n/useT';
import { CELLS, defaultInputs } from '../../src/notebook/cells';
import { encodeFragment } from '../../src/share/codec';
import type { DecodeErrorCode } from '../../src/share/errors';
import { LinkBanner } from '../../src/share/LinkBanner';
import { ERROR_MESSAGES } from '../../src/share/messages';
import { startShareSession } from '../../src/share/session';
import { cellSnapshot } from '../../src/share/snapshot';
import { createNotebookStore } from '../../src/store/notebookStore';
import { STORAGE_KEYS } from '../../src/store/persist';
import { fakeWindow, memoryStorage } from '../store/fakes';
import { fragmentOf } from './fragments';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

function page(hash: string, saved: Record<string, string> = {}, lang: Lang = 'en') {
  const store = createNotebookStore();
  const storage = memoryStorage(saved);
  const session = startShareSession({
    store,
    defaults: defaultInputs,
    storage: storage.storage,
    win: fakeWindow(hash).win,
  });
  const cellEl = document.createElement('section');
  cellEl.setAttribute('data-cell', 'sigmoid');
  cellEl.scrollIntoView = vi.fn();
  document.body.append(cellEl);
  const view = render(
    <LangStoreContext value={createLangStore({ storage: null, languages: [lang] })}>
      <LinkBanner session={session} />
    </LangStoreContext>,
  );
  return { store, session, storage, cellEl, ...view };
}

function sigmoidLink(): string {
  const d = defaultInputs();
  const f = encodeFragment(
    cellSnapshot(
      { ...d, sigmoid: { ...d.sigmoid, matrices: { ...d.sigmoid.matrices, x: array([5]) } } },
      'sigmoid',
    ),
  );
  if (!f.ok) throw new Error(f.error.message);
  return `#${f.value}`;
}

describe('LinkBanner', () => {
  it('shows nothing when the page opened on the user’s own notebook', () => {
    const { container } = page('');
    expect(container.innerHTML).toBe('');
  });

  it('says what a link loaded, scrolls to and highlights its cell, and offers keep and back', async () => {
    const { cellEl, session, store } = page(sigmoidLink());
    expect(screen.getByRole('status').textContent).toContain(
      `Opened “${CELLS.sigmoid.title.en}” from a shared link.`,
    );
    expect(cellEl.scrollIntoView).toHaveBeenCalled();
    expect(cellEl.hasAttribute('data-linked')).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Back to my notebook' }));
    expect(store.getState().inputs.sigmoid.matrices.x.shape).toEqual(
      defaultInputs().sigmoid.matrices.x.shape,
    );
    expect(screen.queryByRole('status')).toBeNull();
    expect(cellEl.hasAttribute('data-linked')).toBe(false);
    expect(session.state.getState().notice.kind).toBe('none');
  });

  it('after an edit, says the shared notebook is now the user’s and offers the previous one', () => {
    const { store, container } = page(sigmoidLink());
    act(() => store.getState().setDout('relu', 'ones'));
    expect(container.querySelector('[data-link-banner]')?.getAttribute('data-link-banner')).toBe('adopted');
    expect(screen.getByRole('button', { name: 'Back to my previous notebook' })).toBeInTheDocument();
  });

  it('explains a broken link with the message of its code, showing hostile text only as text', () => {
    const { container } = page('#v=1&s=<img src=x onerror=alert(1)>');
    const alert = screen.getByRole('alert');
    expect(alert.getAttribute('data-error-code')).toBe('bad-encoding');
    expect(alert.textContent).toContain('This link could not be opened.');
    expect(alert.textContent).toContain(ERROR_MESSAGES['bad-encoding'].en);
    expect(container.querySelector('img')).toBeNull();
  });

  it('explains it in Japanese to a Japanese reader, the technical detail left as it is', () => {
    page('#v=1&s=<img src=x onerror=alert(1)>', {}, 'ja');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('このリンクは開けませんでした。');
    expect(alert.textContent).toContain(ERROR_MESSAGES['bad-encoding'].ja);
    expect(screen.getByRole('button', { name: '閉じる' })).toBeInTheDocument();
  });

  it('reports an unreadable autosave, dismissably', async () => {
    page('', { [STORAGE_KEYS.autosave]: '{"not":"a fragment"}' });
    expect(screen.getByRole('alert').textContent).toContain('Your saved notebook could not be restored.');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('has a sentence for every error code, in Japanese and English', () => {
    const codes: DecodeErrorCode[] = Object.keys(ERROR_MESSAGES) as DecodeErrorCode[];
    expect(codes).toHaveLength(13);
    for (const code of codes) {
      expect(ERROR_MESSAGES[code].en.length).toBeGreaterThan(20);
      expect(ERROR_MESSAGES[code].ja).toMatch(/[\u3040-\u30ff]/);
    }
  });

  it('names each cell a link repaired, in the page’s language, and opens the rest', () => {
    const repaired = fragmentOf(
      JSON.stringify({ inputs: { relu: { matrices: {}, dout: 'seed', seed: 0 } } }),
    );
    const { container } = page(`#${repaired}`, {}, 'ja');
    const item = container.querySelector('[data-link-banner="opened"] [data-cell-issue="relu"]');
    expect(item?.getAttribute('data-issue-code')).toBe('missing-matrix');
    expect(item?.textContent).toBe(
      'ReLUレイヤの実装: x, dout が含まれていなかったので、代わりにシードの値を表示しています。',
    );
  });

  it('a link whose every cell is refused opens nothing and lists each cell', () => {
    const refused = fragmentOf(
      JSON.stringify({
        inputs: {
          relu: { matrices: { W: { shape: [1], dtype: 'float64', data: [1] } }, dout: 'seed', seed: 0 },
        },
      }),
    );
    const { container } = page(`#${refused}`);
    const alert = container.querySelector('[data-link-banner="broken-link"]');
    expect(alert?.getAttribute('data-error-code')).toBe('cells-refused');
    expect(alert?.querySelector('[data-cell-issue="relu"]')?.textContent).toBe(
      'Implementing the ReLU layer was not opened: it carries W, which this cell does not have (it takes x, dout).',
    );
  });

  it('says which cells of the autosave were repaired, and can be dismissed', async () => {
    const raw = fragmentOf(JSON.stringify({ inputs: { sigmoid: { matrices: {}, dout: 'seed', seed: 0 } } }));
    const { container } = page('', { [STORAGE_KEYS.autosave]: raw });
    const banner = container.querySelector('[data-link-banner="repaired-autosave"]');
    expect(banner?.querySelector('[data-cell-issue="sigmoid"]')?.textContent).toContain(
      'The Sigmoid layer: x, dout were missing',
    );
    await userEvent.click(banner!.querySelector('[data-link-dismiss]')!);
    expect(container.querySelector('[data-link-banner="repaired-autosave"]')).toBeNull();
  });
});
