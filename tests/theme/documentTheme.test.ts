// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { syncDocumentTheme } from '../../src/theme/documentTheme';
import { createSystemScheme, createThemeChoiceStore } from '../../src/theme/themeStores';
import { fakeMedia } from './fakeMedia';

describe('syncDocumentTheme', () => {
  it('puts the resolved theme on <html data-theme>, following the choice and the system, until stopped', () => {
    const { media, set } = fakeMedia(true);
    const stores = { choice: createThemeChoiceStore(null), system: createSystemScheme(media) };
    const html = document.documentElement;
    const stop = syncDocumentTheme(stores, document);
    expect(html.dataset.theme).toBe('dark');

    set(false);
    expect(html.dataset.theme).toBe('light');

    stores.choice.getState().choose('dark');
    expect(html.dataset.theme).toBe('dark');
    set(true);
    set(false);
    expect(html.dataset.theme).toBe('dark');

    stores.choice.getState().choose('light');
    expect(html.dataset.theme).toBe('light');

    stop();
    stores.choice.getState().choose('dark');
    expect(html.dataset.theme).toBe('light');
  });
});
