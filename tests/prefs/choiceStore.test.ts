import { describe, expect, it } from 'vitest';
import { createChoiceStore, type PreferenceStorage } from '../../src/prefs/choiceStore';

/** A Map-backed storage, optionally refusing to read or write as privacy modes and full disks do. */
function memoryStorage(entries: Record<string, string> = {}, refuse: { get?: boolean; set?: boolean } = {}) {
  const map = new Map(Object.entries(entries));
  const storage: PreferenceStorage = {
    getItem: (k) => {
      if (refuse.get) throw new Error('SecurityError');
      return map.get(k) ?? null;
    },
    setItem: (k, v) => {
      if (refuse.set) throw new Error('QuotaExceededError');
      map.set(k, v);
    },
  };
  return { storage, map };
}

const options = (storage: PreferenceStorage | null) => ({
  key: 'test:size',
  values: ['small', 'large'] as const,
  fallback: () => 'small' as const,
  storage,
});

describe('createChoiceStore', () => {
  it('starts from the fallback when nothing is stored', () => {
    expect(createChoiceStore(options(memoryStorage().storage)).getState().value).toBe('small');
  });

  it('starts from the stored choice', () => {
    const { storage } = memoryStorage({ 'test:size': 'large' });
    expect(createChoiceStore(options(storage)).getState().value).toBe('large');
  });

  it('ignores a stored value that is not one of the choices', () => {
    const { storage } = memoryStorage({ 'test:size': 'enormous' });
    expect(createChoiceStore(options(storage)).getState().value).toBe('small');
  });

  it('remembers each choice in storage', () => {
    const { storage, map } = memoryStorage();
    const store = createChoiceStore(options(storage));
    store.getState().choose('large');
    expect(store.getState().value).toBe('large');
    expect(map.get('test:size')).toBe('large');
    expect(createChoiceStore(options(storage)).getState().value).toBe('large');
  });

  it('works for this visit when storage is missing or refuses', () => {
    for (const storage of [null, memoryStorage({}, { get: true, set: true }).storage]) {
      const store = createChoiceStore(options(storage));
      expect(store.getState().value).toBe('small');
      store.getState().choose('large');
      expect(store.getState().value).toBe('large');
    }
  });

  it('refuses a value that is not one of the choices', () => {
    const store = createChoiceStore(options(null));
    expect(() => store.getState().choose('huge' as 'large')).toThrow(/test:size: "huge"/);
    expect(store.getState().value).toBe('small');
  });
});
