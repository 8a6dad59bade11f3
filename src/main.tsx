import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { setFreezing } from './engine';
import { syncDocumentLang } from './i18n/documentLang';
import { langStore } from './i18n/langStore';
import { registerServiceWorker } from './pwa/registerServiceWorker';
import { startKeeping } from './share/startKeeping';
import { notebookStore } from './store/notebookStore';
import { syncDocumentTheme } from './theme/documentTheme';
import { themeStores } from './theme/themeStores';
import './styles/base.css';
import './styles/layout.css';
import './styles/cell.css';

// Results stay frozen in development, where a stray write should throw; production skips the freezing,
// the largest cost of a small layer pass (TypeScript's readonly types still forbid the writes).
if (import.meta.env.PROD) setFreezing(false);

// The reader's language and theme on <html> before the first paint (display preferences, not notebook data).
syncDocumentLang(langStore);
syncDocumentTheme(themeStores);

// Load the shared link or the autosave before the first render, then start the undo history.
const keeping = startKeeping(notebookStore);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App keeping={keeping} />
  </StrictMode>,
);

// Offline use once loaded (production builds only).
registerServiceWorker();
