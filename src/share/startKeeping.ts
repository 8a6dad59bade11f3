import { defaultInputs } from '../notebook/cells';
import { createHistory, type History } from '../store/history';
import type { NotebookStore } from '../store/notebookStore';
import { browserStorage, encodeInputs } from '../store/persist';
import { offThreadEncoder, startLinkWorker } from './offThreadLinks';
import { startShareSession, type ShareSession } from './session';

/**
 * Starts sharing, autosave, URL sync and undo for the page's store, in the order that matters: the
 * session loads the page's notebook first, so the history starts after it (loading is not an undo step).
 */
export function startKeeping(store: NotebookStore): { session: ShareSession; history: History } {
  const session = startShareSession({
    store,
    defaults: defaultInputs,
    storage: browserStorage(),
    win: window,
    encodeLater: typeof Worker === 'undefined' ? undefined : offThreadEncoder(startLinkWorker, encodeInputs),
  });
  const history = createHistory(store);
  return { session, history };
}
