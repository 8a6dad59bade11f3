import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startKeeping } from './share/startKeeping';
import { notebookStore } from './store/notebookStore';
import './styles/base.css';
import './styles/layout.css';
import './styles/cell.css';

// Load the shared link or the autosave before the first render, then start the undo history.
const keeping = startKeeping(notebookStore);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App keeping={keeping} />
  </StrictMode>,
);
