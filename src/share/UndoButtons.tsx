import { useStore } from 'zustand';
import { useT } from '../i18n/useT';
import type { History } from '../store/history';

/** Undo and redo as buttons ([data-undo-step], [data-redo-step]), disabled when there is no step. */
export function UndoButtons({ history }: { history: History }) {
  const canUndo = useStore(history.state, (s) => s.canUndo);
  const canRedo = useStore(history.state, (s) => s.canRedo);
  const t = useT();
  return (
    <>
      <button type="button" data-undo-step="" disabled={!canUndo} onClick={history.undo} title="Ctrl+Z">
        {t('share.undo')}
      </button>
      <button type="button" data-redo-step="" disabled={!canRedo} onClick={history.redo} title="Ctrl+Shift+Z">
        {t('share.redo')}
      </button>
    </>
  );
}
