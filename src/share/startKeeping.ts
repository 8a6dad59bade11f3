import type { CellId } from '../notebook/cellIds';
import { defaultInputs } from '../notebook/cells';
import { createHistory, type History } from '../store/history';
import type { NotebookStore } from '../store/notebookStore';
import { browserStorage, encodeInputs } from '../store/persist';
import { offThreadEncoder, startLinkWorker } from './offThreadLinks';
import { startShareSession, type ShareSession } from './session';

/** Whether the focused element is a text box (text mode or a grid element) inside cell `cell`. */
function typingIn(cell: CellId): boolean {
  const el = document.activeElement;
  if (!(el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)) return false;
  return el.closest('[data-cell]')?.getAttribute('data-cell') === cell;
}

/**
 * Starts sharing, autosave, URL sync and undo for the page's store, in the order that matters: the
 * session loads the page's notebook first, so the history starts after it (loading is not an undo step).
 * A cell taken in from another tab goes through the history's rebase, so undo here never undoes it.
 */
export function startKeeping(store: NotebookStore): { session: ShareSession; history: History } {
  let history: History | null = null;
  const session = startShareSession({
    store,
    defaults: defaultInputs,
    storage: browserStorage(),
    tabStorage: browserStorage('session'),
    win: window,
    doc: document,
    absorb: (cell, value, apply) => (history ? history.rebase(cell, value, apply) : apply()),
    typing: typingIn,
    encodeLater: typeof Worker === 'undefined' ? undefined : offThreadEncoder(startLinkWorker, encodeInputs),
  });
  history = createHistory(store);
  return { session, history };
}
