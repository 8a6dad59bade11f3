import { useContext } from 'react';
import { NotebookStoreContext } from '../store/useNotebook';
import { ipynb, NOTEBOOK_FILE_NAME } from './ipynb';

/**
 * `[data-export="ipynb"]`: downloads the whole notebook, with every cell's current inputs, as
 * layer-explorer.ipynb. It reads the store only when clicked, so edits never re-render it.
 */
export function DownloadNotebookButton() {
  const store = useContext(NotebookStoreContext);
  const download = () => {
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
    <button type="button" data-export="ipynb" onClick={download}>
      Jupyter ノートブックをダウンロード · Download as a Jupyter notebook (.ipynb)
    </button>
  );
}
