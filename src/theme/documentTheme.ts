import { resolveTheme } from './theme';
import type { ThemeStores } from './themeStores';

/**
 * Keeps `<html data-theme="light|dark">` on the theme the reader chose (or, under 'system', the system's),
 * now and on every change of either. Every colour in the CSS keys on it. Returns the way to stop.
 */
export function syncDocumentTheme(stores: ThemeStores, doc: Document = document): () => void {
  const apply = () => {
    const theme = resolveTheme(stores.choice.getState().value, stores.system.getState().dark);
    doc.documentElement.dataset.theme = theme;
  };
  apply();
  const stopChoice = stores.choice.subscribe(apply);
  const stopSystem = stores.system.subscribe(apply);
  return () => {
    stopChoice();
    stopSystem();
  };
}
