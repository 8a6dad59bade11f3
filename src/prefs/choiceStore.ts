import { createStore, type StoreApi } from 'zustand/vanilla';

/**
 * A reader's display preference (language, colour theme): one value out of a few, remembered in
 * localStorage. Preferences are not notebook data: they live in their own small stores, outside the
 * notebook's inputs, so they never enter share links, autosave or the undo history.
 */

/** The part of Web Storage a preference uses; null when the browser refuses storage altogether. */
export type PreferenceStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** One preference: its value and the way to change it. */
export interface ChoiceState<T extends string> {
  readonly value: T;
  /** Takes `value` and remembers it (if storage lets us; the page works the same without). */
  readonly choose: (value: T) => void;
}

/** A preference as zustand's vanilla store API. */
export type ChoiceStore<T extends string> = StoreApi<ChoiceState<T>>;

/** How a preference is stored and what it starts as when nothing (valid) is stored. */
export interface ChoiceOptions<T extends string> {
  /** The localStorage key, e.g. `layer-explorer:lang`. */
  readonly key: string;
  readonly values: readonly T[];
  /** The value when none is stored, or the stored one is not among `values` (say, from an older version). */
  readonly fallback: () => T;
  readonly storage: PreferenceStorage | null;
}

/**
 * The page's localStorage when the browser lets the page use it; null when it does not (some privacy
 * modes throw on merely reading `window.localStorage`).
 */
export function preferenceStorage(): PreferenceStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function readStored(storage: PreferenceStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function store(storage: PreferenceStorage | null, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Full or disabled storage: the choice holds for this visit only.
  }
}

/** A preference store: the stored value when it is valid, else `fallback()`; each choice is written back. */
export function createChoiceStore<T extends string>(options: ChoiceOptions<T>): ChoiceStore<T> {
  const { key, values, fallback, storage } = options;
  const stored = readStored(storage, key);
  const initial = values.find((v) => v === stored) ?? fallback();
  return createStore<ChoiceState<T>>()((set) => ({
    value: initial,
    choose: (value) => {
      if (!values.includes(value))
        throw new RangeError(`${key}: "${value}" is not one of ${values.join(', ')}`);
      store(storage, key, value);
      set({ value });
    },
  }));
}
