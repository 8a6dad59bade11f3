import { useContext } from 'react';
import type { Bilingual } from '../i18n/bilingual';
import { usePick } from '../i18n/useT';
import { NotebookStoreContext } from '../store/useNotebook';

const LABEL: Bilingual = {
  ja: 'Jupyter ノートブック (.ipynb) としてダウンロード',
  en: 'Download as a Jupyter notebook (.ipynb)',
};

/**
 * `[data-export="ipynb"]`: downloads the whole notebook, with every cell's current inputs, as
 * layer-explorer.ipynb. It reads the store only when clicked, so edits never re-render it.
 */
export function DownloadNotebookButton() {
  const store = useContext(NotebookStoreContext);
  const pick = usePick();
  const download = async () => {
    // The exporter loads on first use, so it costs nothing before the first numbers.
    const { ipynb, NOTEBOOK_FILE_NAME } = await import('./ipynb');
    const blob = new Blob([ipynb(store.getState().inputs)], { type: 'application/x-ipynb+json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = NOTEBOOK_FILE_NAME;
    document.body.append(link);
    link.click();
    link.remove();
    // Revoked once the click has been handed to the browser's download.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <button type="button" data-export="ipynb" onClick={() => void download()}>
      {pick(LABEL)}
    </button>
  );
}
