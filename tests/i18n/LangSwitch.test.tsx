// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { syncDocumentLang } from '../../src/i18n/documentLang';
import { createLangStore, LANG_STORAGE_KEY } from '../../src/i18n/langStore';
import { LangSwitch } from '../../src/i18n/LangSwitch';
import { LangStoreContext } from '../../src/i18n/useT';

// Vitest runs without globals here, so Testing Library cannot unmount between tests by itself.
afterEach(cleanup);

describe('LangSwitch', () => {
  it('offers each language named in itself, the current one pressed', () => {
    const store = createLangStore({ storage: null, languages: ['en-US'] });
    const { container } = render(
      <LangStoreContext value={store}>
        <LangSwitch />
      </LangStoreContext>,
    );
    const ja = container.querySelector('[data-lang="ja"]')!;
    const en = container.querySelector('[data-lang="en"]')!;
    expect(ja).toHaveTextContent('日本語');
    expect(ja).toHaveAttribute('lang', 'ja');
    expect(en).toHaveTextContent('English');
    expect(ja).toHaveAttribute('aria-pressed', 'false');
    expect(en).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('group', { name: 'Language' })).toBeInTheDocument();
  });

  it('switches the language, remembers it and sets <html lang>', async () => {
    localStorage.clear();
    const store = createLangStore({ storage: localStorage, languages: ['en-US'] });
    const stop = syncDocumentLang(store);
    const { container } = render(
      <LangStoreContext value={store}>
        <LangSwitch />
      </LangStoreContext>,
    );
    await userEvent.click(container.querySelector<HTMLElement>('[data-lang="ja"]')!);
    expect(container.querySelector('[data-lang="ja"]')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('group', { name: '言語' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ja');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('ja');
    // A later visit starts in the remembered language, whatever the browser prefers.
    expect(createLangStore({ storage: localStorage, languages: ['en-US'] }).getState().value).toBe('ja');
    stop();
  });
});
