import { useContext, useState } from 'react';
import { useStore } from 'zustand';
import { usePick, useT } from '../i18n/useT';
import { CELLS } from '../notebook/cells';
import type { CellId } from '../notebook/cellIds';
import type { SaveFailure } from '../store/cellSync';
import { NotebookStoreContext, useNotebook } from '../store/useNotebook';
import type { CellInputs } from '../store/types';
import type { Tensor } from '../engine';
import { downloadText } from './browserActions';
import type { DecodeErrorCode } from './errors';
import { FILE_NAME, toJsonFile } from './jsonFile';
import type { ShareSession } from './session';
import { notebookSnapshot } from './snapshot';

/**
 * What the page says about keeping the user's work, beside the link banner: that nothing can be saved in
 * this browser ([data-link-banner="no-storage"]), which cells are not saved ([data-link-banner="broken-save"]),
 * and each cell another tab changed too ([data-conflict="<cell>"]), with the choice between the versions.
 */
export function KeepingBanners({ session }: { session: ShareSession }) {
  const noStorage = useStore(session.state, (s) => s.noStorage);
  const failures = useStore(session.state, (s) => s.saveFailures);
  const conflicts = useStore(session.state, (s) => s.conflicts);
  return (
    <>
      {noStorage && <NoStorage />}
      {failures.length > 0 && <NotSaved failures={failures} />}
      {conflicts.map(({ cell, theirs }) => (
        <Conflict key={cell} cell={cell} theirs={theirs} session={session} />
      ))}
    </>
  );
}

function NoStorage() {
  const store = useContext(NotebookStoreContext);
  const t = useT();
  const [failed, setFailed] = useState<string | null>(null);
  const download = () => {
    const file = toJsonFile(notebookSnapshot(store.getState().inputs));
    if (file.ok) downloadText(FILE_NAME, file.value);
    setFailed(file.ok ? null : file.error.message);
  };
  return (
    <div className="link-banner link-banner-failure" role="alert" data-link-banner="no-storage">
      <p>
        <strong>{t('keep.noStorageHeading')}</strong> {t('keep.noStorage')}
      </p>
      <div className="link-banner-actions">
        <button type="button" data-save-file="" onClick={download}>
          {t('keep.download')}
        </button>
      </div>
      {failed && <p role="status">{t('keep.downloadFailed', { why: failed })}</p>}
    </div>
  );
}

/** Why a cell is not saved, in words about saving (never about links). */
function reasonOf(code: DecodeErrorCode): 'keep.why.full' | 'keep.why.tooLarge' | 'keep.why.unsavable' {
  if (code === 'storage-refused') return 'keep.why.full';
  return code === 'too-large' || code === 'too-long' || code === 'shape-too-large'
    ? 'keep.why.tooLarge'
    : 'keep.why.unsavable';
}

function NotSaved({ failures }: { failures: readonly SaveFailure[] }) {
  const t = useT();
  const pick = usePick();
  const reasons = [...new Set(failures.map((f) => reasonOf(f.error.code)))];
  return (
    <div
      className="link-banner link-banner-failure"
      role="alert"
      data-link-banner="broken-save"
      data-error-code={failures[0].error.code}
      data-cells={failures.map((f) => f.cell).join(' ')}
    >
      <p>
        <strong>{t('keep.notSavedHeading')}</strong>{' '}
        {reasons.map((reason) => (
          <span key={reason}>
            {t('keep.notSaved', {
              cells: failures
                .filter((f) => reasonOf(f.error.code) === reason)
                .map((f) => pick(CELLS[f.cell].title))
                .join(t('list.separator')),
              why: t(reason),
            })}{' '}
          </span>
        ))}
      </p>
      <details>
        <summary>{t('banner.details')}</summary>
        {failures.map((f) => (
          <code key={f.cell} className="link-banner-detail" lang="en">
            {f.cell}: {f.error.message}{' '}
          </code>
        ))}
      </details>
    </div>
  );
}

const sameTensor = (a: Tensor | undefined, b: Tensor | undefined): boolean =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.dtype === b.dtype &&
    a.shape.join() === b.shape.join() &&
    a.data.every((x, i) => Object.is(x, b.data[i])));

/** The inputs (matrix names, `dout`, `seed`) in which two versions of a cell differ. */
export function differingInputs(mine: CellInputs, theirs: CellInputs): string[] {
  const names = [...new Set([...Object.keys(mine.matrices), ...Object.keys(theirs.matrices)])];
  const differ = names.filter((name) => !sameTensor(mine.matrices[name], theirs.matrices[name]));
  if (mine.dout !== theirs.dout) differ.push('dout');
  if (mine.seed !== theirs.seed) differ.push('seed');
  return [...new Set(differ)];
}

interface ConflictProps {
  cell: CellId;
  theirs: CellInputs;
  session: ShareSession;
}

function Conflict({ cell, theirs, session }: ConflictProps) {
  const t = useT();
  const pick = usePick();
  const mine = useNotebook((s) => s.inputs[cell]);
  const names = differingInputs(mine, theirs).join(', ');
  return (
    <div className="link-banner link-banner-failure" role="alert" data-conflict={cell}>
      <p>
        {t('keep.conflict', { cell: `“${pick(CELLS[cell].title)}”` })}{' '}
        {names && t('keep.conflictMatrices', { names })}
      </p>
      <div className="link-banner-actions">
        <button
          type="button"
          data-conflict-use="theirs"
          onClick={() => session.chooseVersion(cell, 'theirs')}
        >
          {t('keep.useTheirs')}
        </button>
        <button type="button" data-conflict-use="mine" onClick={() => session.chooseVersion(cell, 'mine')}>
          {t('keep.useMine')}
        </button>
      </div>
    </div>
  );
}
