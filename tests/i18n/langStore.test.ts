import { describe, expect, it } from 'vitest';
import { createLangStore, LANG_STORAGE_KEY } from '../../src/i18n/langStore';
import type { PreferenceStorage } from '../../src/prefs/choiceStore';

function memoryStorage(
  entries: Record<string, string> = {},
): PreferenceStorage & { map: Map<string, string> } {
  const map = new Map(Object.entries(entries));
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

describe('createLangStore', () => {
  it("follows the browser's language on a first visit", () => {
    expect(createLangStore({ storage: memoryStorage(), languages: ['ja-JP', 'en'] }).getState().value).toBe(
      'ja',
    );
    expect(createLangStore({ storage: memoryStorage(), languages: ['en-US'] }).getState().value).toBe('en');
    expect(createLangStore({ storage: memoryStorage(), languages: ['ko'] }).getState().value).toBe('en');
  });

  it("remembers the reader's choice under layer-explorer:lang, over the browser's language", () => {
    const storage = memoryStorage();
    createLangStore({ storage, languages: ['en-US'] })
      .getState()
      .choose('ja');
    expect(LANG_STORAGE_KEY).toBe('layer-explorer:lang');
    expect(storage.map.get('layer-explorer:lang')).toBe('ja');
    expect(createLangStore({ storage, languages: ['en-US'] }).getState().value).toBe('ja');
  });

  it('follows the browser when storage is unavailable', () => {
    expect(createLangStore({ storage: null, languages: ['ja'] }).getState().value).toBe('ja');
  });
});
