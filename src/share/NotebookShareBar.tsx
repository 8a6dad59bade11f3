import { useContext } from 'react';
import type { History } from '../store/history';
import { NotebookStoreContext } from '../store/useNotebook';
import { OpenFileButton } from './OpenFileButton';
import type { ShareSession } from './session';
import { ShareButton } from './ShareButton';
import { UndoButtons } from './UndoButtons';
import { useUndoKeys } from './useUndoKeys';

/**
 * The notebook-wide controls: undo/redo (also Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y), reset every cell to the
 * seed (undoable), share the whole notebook, open a snapshot file.
 */
export function NotebookShareBar({ session, history }: { session: ShareSession; history: History }) {
  const store = useContext(NotebookStoreContext);
  useUndoKeys(history);
  return (
    <div className="notebook-share-bar" role="toolbar" aria-label="Notebook">
      <UndoButtons history={history} />
      <button type="button" data-reset-all="" onClick={() => store.getState().resetAll()}>
        Reset the notebook to the seed
      </button>
      <ShareButton />
      <OpenFileButton session={session} />
    </div>
  );
}
