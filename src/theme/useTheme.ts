import { useContext } from 'react';
import { useStore } from 'zustand';
import { resolveTheme, type Theme, type ThemeChoice } from './theme';
import { ThemeStoresContext } from './themeStores';

/** What the reader chose ('system', 'light' or 'dark'). */
export function useThemeChoice(): ThemeChoice {
  return useStore(useContext(ThemeStoresContext).choice, (s) => s.value);
}

/**
 * The theme the page is drawn in right now, for what CSS cannot colour by itself (a chart's fonts and
 * lines): re-renders when the choice or, under 'system', the system's setting changes.
 */
export function useTheme(): Theme {
  const stores = useContext(ThemeStoresContext);
  const choice = useStore(stores.choice, (s) => s.value);
  const dark = useStore(stores.system, (s) => s.dark);
  return resolveTheme(choice, dark);
}
