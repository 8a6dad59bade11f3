import { useContext } from 'react';
import { useT } from '../i18n/useT';
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
  const t = useT();
  useUndoKeys(history);
  return (
    <div className="notebook-share-bar" role="toolbar" aria-label={t('share.bar')}>
      <UndoButtons history={history} />
      <button type="button" data-reset-all="" onClick={() => store.getState().resetAll()}>
        {t('share.resetAll')}
      </button>
      <ShareButton />
      <OpenFileButton session={session} />
    </div>
  );
}
