// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { syncDocumentLang } from '../../src/i18n/documentLang';
import { createLangStore } from '../../src/i18n/langStore';

describe('syncDocumentLang', () => {
  it('sets <html lang> and the title to the language now and on every change, until stopped', () => {
    const store = createLangStore({ storage: null, languages: ['en-US'] });
    const stop = syncDocumentLang(store, document);
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Layer Explorer — backpropagation, chapter 5');

    store.getState().choose('ja');
    expect(document.documentElement.lang).toBe('ja');
    expect(document.title).toBe('Layer Explorer — 誤差逆伝播法');

    stop();
    store.getState().choose('en');
    expect(document.documentElement.lang).toBe('ja');
  });
});
