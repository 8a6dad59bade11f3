import { useContext, useRef, useState } from 'react';
import { useLang, usePick, useT } from '../i18n/useT';
import { CELLS } from '../notebook/cells';
import type { CellId } from '../notebook/cellIds';
import { NotebookStoreContext } from '../store/useNotebook';
import { copyText, downloadText } from './browserActions';
import type { DecodeError } from './errors';
import { FILE_NAME, toJsonFile } from './jsonFile';
import { cellLink, notebookLink, type ShareLink } from './links';
import { ERROR_MESSAGES } from './messages';
import { cellSnapshot, notebookSnapshot } from './snapshot';

type Shared =
  | { readonly kind: 'idle' }
  | { readonly kind: 'link'; readonly link: ShareLink; readonly copied: boolean | null }
  | { readonly kind: 'error'; readonly error: DecodeError };

/**
 * [data-share]: makes a link to one cell's complete inputs (or, without `cell`, the whole notebook),
 * shows it in input[data-share-url] and copies it when the browser allows. A link past ~8 KB also gets
 * a JSON file download, as chat apps cut long links.
 */
export function ShareButton({ cell }: { cell?: CellId }) {
  const store = useContext(NotebookStoreContext);
  const [shared, setShared] = useState<Shared>({ kind: 'idle' });
  const urlRef = useRef<HTMLInputElement>(null);
  const lang = useLang();
  const t = useT();
  const pick = usePick();
  const quoted = cell ? t('share.quoted', { title: pick(CELLS[cell].title) }) : null;

  const share = async () => {
    const inputs = store.getState().inputs;
    const href = window.location.href;
    const made = cell ? cellLink(inputs, cell, href) : notebookLink(inputs, href);
    if (!made.ok) return setShared({ kind: 'error', error: made.error });
    setShared({ kind: 'link', link: made.value, copied: null });
    const copied = await copyText(made.value.url);
    setShared({ kind: 'link', link: made.value, copied });
    if (!copied) {
      urlRef.current?.focus();
      urlRef.current?.select();
    }
  };
  const download = () => {
    const inputs = store.getState().inputs;
    const file = toJsonFile(cell ? cellSnapshot(inputs, cell) : notebookSnapshot(inputs));
    if (file.ok) downloadText(FILE_NAME, file.value);
    else setShared({ kind: 'error', error: file.error });
  };

  return (
    <div className="share" data-share-for={cell ?? 'notebook'}>
      <button type="button" data-share={cell ?? 'notebook'} onClick={() => void share()}>
        {cell ? t('share.cell') : t('share.notebook')}
      </button>
      {shared.kind === 'link' && (
        <>
          <input
            ref={urlRef}
            className="share-url"
            data-share-url=""
            readOnly
            value={shared.link.url}
            aria-label={t('share.linkTo', { what: quoted ?? t('share.wholeNotebook') })}
            onFocus={(e) => e.currentTarget.select()}
          />
          <span className="share-status" role="status" data-share-status={statusOf(shared.copied)}>
            {shared.copied === null ? '' : shared.copied ? t('share.copied') : t('share.selectAndCopy')}
          </span>
          {shared.link.preferFile && (
            <span className="share-long">
              {t('share.tooLong', { length: shared.link.length.toLocaleString(lang) })}{' '}
              <button type="button" data-share-file="" onClick={download}>
                {t('share.download')}
              </button>
            </span>
          )}
        </>
      )}
      {shared.kind === 'error' && (
        <p className="share-error" role="alert" data-share-status="error">
          {t('share.cannot', {
            what: quoted ?? t('share.wholeNotebookStart'),
            why: pick(ERROR_MESSAGES[shared.error.code]),
          })}
        </p>
      )}
    </div>
  );
}

function statusOf(copied: boolean | null): string {
  return copied === null ? 'copying' : copied ? 'copied' : 'select';
}
