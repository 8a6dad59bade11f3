import { createContext } from 'react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  createChoiceStore,
  preferenceStorage,
  type ChoiceStore,
  type PreferenceStorage,
} from '../prefs/choiceStore';
import { THEME_CHOICES, THEME_STORAGE_KEY, type ThemeChoice } from './theme';

/** The media query that says the system prefers a dark theme. */
export const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Whether the system prefers a dark theme, kept up to date as the system setting changes. */
export type SystemScheme = StoreApi<{ readonly dark: boolean }>;

/** The reader's theme choice and the system's preference: together they decide the theme. */
export interface ThemeStores {
  readonly choice: ChoiceStore<ThemeChoice>;
  readonly system: SystemScheme;
}

/** The reader's theme choice, remembered; 'system' until they choose. */
export function createThemeChoiceStore(storage: PreferenceStorage | null): ChoiceStore<ThemeChoice> {
  return createChoiceStore<ThemeChoice>({
    key: THEME_STORAGE_KEY,
    values: THEME_CHOICES,
    fallback: () => 'system',
    storage,
  });
}

/** Follows `media` (the dark-scheme query), or says "light" where the browser cannot tell (no matchMedia). */
export function createSystemScheme(media: MediaQueryList | null): SystemScheme {
  const scheme = createStore<{ dark: boolean }>()(() => ({ dark: media?.matches ?? false }));
  media?.addEventListener('change', (e) => scheme.setState({ dark: e.matches }));
  return scheme;
}

function darkQuery(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(DARK_QUERY)
    : null;
}

/** The page's theme stores. */
export const themeStores: ThemeStores = {
  choice: createThemeChoiceStore(preferenceStorage()),
  system: createSystemScheme(darkQuery()),
};

/** Which theme stores the components below read: the page's own unless a test provides others. */
export const ThemeStoresContext = createContext<ThemeStores>(themeStores);
