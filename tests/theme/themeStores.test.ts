import { describe, expect, it } from 'vitest';
import type { PreferenceStorage } from '../../src/prefs/choiceStore';
import { createSystemScheme, createThemeChoiceStore } from '../../src/theme/themeStores';
import { fakeMedia } from './fakeMedia';

describe('createThemeChoiceStore', () => {
  it("is 'system' until the reader chooses, then remembers the choice", () => {
    const map = new Map<string, string>();
    const storage: PreferenceStorage = {
      getItem: (k) => map.get(k) ?? null,
      setItem: (k, v) => void map.set(k, v),
    };
    const store = createThemeChoiceStore(storage);
    expect(store.getState().value).toBe('system');
    store.getState().choose('dark');
    expect(map.get('layer-explorer:theme')).toBe('dark');
    expect(createThemeChoiceStore(storage).getState().value).toBe('dark');
  });
});

describe('createSystemScheme', () => {
  it("follows the system's dark preference as it changes", () => {
    const { media, set } = fakeMedia(false);
    const scheme = createSystemScheme(media);
    expect(scheme.getState().dark).toBe(false);
    set(true);
    expect(scheme.getState().dark).toBe(true);
  });

  it('says light where the browser cannot tell', () => {
    expect(createSystemScheme(null).getState().dark).toBe(false);
  });
});
