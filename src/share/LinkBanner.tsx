import { CELL_IDS } from '../notebook/cellIds';
import { useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { usePick, useT } from '../i18n/useT';
import { CELLS } from '../notebook/cells';
import type { CellIssue, DecodeError } from './errors';
import { KeepingBanners } from './KeepingBanners';
import { AUTOSAVE_REPAIRED, cellIssueMessage, ERROR_MESSAGES, FAILURE_HEADINGS } from './messages';
import type { LinkNotice, ShareSession } from './session';
import { useLinkFocus } from './useLinkFocus';
import './share.css';

/**
 * [data-link-banner]: says what a shared link or file loaded, or what was wrong with it, and offers the
 * way back to the user's own notebook. Also reports an unreadable autosave, and (KeepingBanners) what
 * is not being saved and the cells two tabs changed.
 * Everything from the link is shown as text, never as markup.
 */
export function LinkBanner({ session }: { session: ShareSession }) {
  const notice = useStore(session.state, (s) => s.notice);
  const autosaveError = useStore(session.state, (s) => s.autosaveError);
  const autosaveIssues = useStore(session.state, (s) => s.autosaveIssues);
  const [autosaveSeen, setAutosaveSeen] = useState(false);
  const [repairsSeen, setRepairsSeen] = useState(false);
  const pick = usePick();
  const t = useT();
  useLinkFocus(session);
  return (
    <>
      <Notice notice={notice} session={session} />
      {autosaveError && !autosaveSeen && (
        <Failure kind="autosave" error={autosaveError} onDismiss={() => setAutosaveSeen(true)}>
          {t('banner.autosaveSetAside')}
        </Failure>
      )}
      {autosaveIssues.length > 0 && !repairsSeen && (
        <div className="link-banner" role="status" data-link-banner="repaired-autosave">
          <p>{pick(AUTOSAVE_REPAIRED)}</p>
          <CellIssues issues={autosaveIssues} />
          <div className="link-banner-actions">
            <button type="button" data-link-dismiss="" onClick={() => setRepairsSeen(true)}>
              {t('banner.dismiss')}
            </button>
          </div>
        </div>
      )}
      <KeepingBanners session={session} />
    </>
  );
}

function Notice({ notice, session }: { notice: LinkNotice; session: ShareSession }) {
  const t = useT();
  const pick = usePick();
  if (notice.kind === 'none') return null;
  if (notice.kind === 'broken') {
    return (
      <Failure kind={notice.source} error={notice.error} onDismiss={session.dismiss}>
        {t('banner.nothingLoaded')}
      </Failure>
    );
  }
  const what = notice.cell
    ? t('share.quoted', { title: pick(CELLS[notice.cell].title) })
    : notice.cells.length === CELL_IDS.length
      ? t('share.wholeNotebook')
      : notice.cells.map((id) => pick(CELLS[id].title)).join(t('list.separator'));
  const from = notice.source === 'link' ? t('banner.fromLink') : t('banner.fromFile');
  return (
    <div className="link-banner" role="status" data-link-banner={notice.adopted ? 'adopted' : 'opened'}>
      {notice.adopted ? <p>{t('banner.adopted', { from })}</p> : <p>{t('banner.opened', { what, from })}</p>}
      <CellIssues issues={notice.issues} />
      <div className="link-banner-actions">
        {!notice.adopted && (
          <button type="button" data-link-keep="" onClick={session.keepShared}>
            {t('banner.keep')}
          </button>
        )}
        <button type="button" data-link-back="" onClick={session.backToMine}>
          {notice.adopted ? t('banner.backPrevious') : t('banner.back')}
        </button>
        {notice.adopted && (
          <button type="button" data-link-dismiss="" onClick={session.dismiss}>
            {t('banner.dismiss')}
          </button>
        )}
      </div>
    </div>
  );
}

interface FailureProps {
  kind: keyof typeof FAILURE_HEADINGS;
  error: DecodeError;
  onDismiss?: () => void;
  children?: ReactNode;
}

function Failure({ kind, error, onDismiss, children }: FailureProps) {
  const t = useT();
  const pick = usePick();
  return (
    <div
      className="link-banner link-banner-failure"
      role="alert"
      data-link-banner={`broken-${kind}`}
      data-error-code={error.code}
    >
      <p>
        <strong>{pick(FAILURE_HEADINGS[kind])}</strong> {pick(ERROR_MESSAGES[error.code])} {children}
      </p>
      {error.cells && <CellIssues issues={error.cells} />}
      <details>
        <summary>{t('banner.details')}</summary>
        <code className="link-banner-detail" lang="en">
          {error.message}
        </code>
      </details>
      {onDismiss && (
        <div className="link-banner-actions">
          <button type="button" data-link-dismiss="" onClick={onDismiss}>
            {t('banner.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * [data-cell-issue="<cell id>"] per cell a snapshot's cell rules repaired or refused (`data-issue-code`:
 * missing-matrix or unknown-matrix), naming the cell and the matrices, in the page's language.
 */
function CellIssues({ issues }: { issues: readonly CellIssue[] }) {
  const pick = usePick();
  if (issues.length === 0) return null;
  return (
    <ul className="link-banner-issues">
      {issues.map((issue) => (
        <li key={issue.cell} data-cell-issue={issue.cell} data-issue-code={issue.code}>
          {pick(cellIssueMessage(issue, CELLS[issue.cell].title))}
        </li>
      ))}
    </ul>
  );
}
