import { useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { CELLS } from '../notebook/cells';
import type { DecodeError } from './errors';
import { ERROR_MESSAGES, FAILURE_HEADINGS } from './messages';
import type { LinkNotice, ShareSession } from './session';
import { useLinkFocus } from './useLinkFocus';
import './share.css';

/**
 * [data-link-banner]: says what a shared link or file loaded, or what was wrong with it, and offers the
 * way back to the user's own notebook. Also reports an unreadable autosave and failing saves.
 * Everything from the link is shown as text, never as markup.
 */
export function LinkBanner({ session }: { session: ShareSession }) {
  const notice = useStore(session.state, (s) => s.notice);
  const autosaveError = useStore(session.state, (s) => s.autosaveError);
  const saveError = useStore(session.state, (s) => s.saveError);
  const [autosaveSeen, setAutosaveSeen] = useState(false);
  useLinkFocus(session);
  return (
    <>
      <Notice notice={notice} session={session} />
      {autosaveError && !autosaveSeen && (
        <Failure kind="autosave" error={autosaveError} onDismiss={() => setAutosaveSeen(true)}>
          It was set aside; the notebook starts from the seed’s values.
        </Failure>
      )}
      {saveError && <Failure kind="save" error={saveError} />}
    </>
  );
}

function Notice({ notice, session }: { notice: LinkNotice; session: ShareSession }) {
  if (notice.kind === 'none') return null;
  if (notice.kind === 'broken') {
    return (
      <Failure kind={notice.source} error={notice.error} onDismiss={session.dismiss}>
        Nothing from it was loaded; this is your own notebook.
      </Failure>
    );
  }
  const what = notice.cell
    ? `“${CELLS[notice.cell].title.en}”`
    : notice.cells.length === 5
      ? 'the whole notebook'
      : notice.cells.map((id) => CELLS[id].title.en).join(', ');
  const from = notice.source === 'link' ? 'a shared link' : 'a snapshot file';
  return (
    <div className="link-banner" role="status" data-link-banner={notice.adopted ? 'adopted' : 'opened'}>
      {notice.adopted ? (
        <p>
          You edited the notebook opened from {from}; it is now saved as yours. Your previous notebook is
          kept.
        </p>
      ) : (
        <p>
          Opened {what} from {from}. Your own notebook is kept safe: edit this one to make it yours, or go
          back.
        </p>
      )}
      <div className="link-banner-actions">
        {!notice.adopted && (
          <button type="button" data-link-keep="" onClick={session.keepShared}>
            Keep this notebook
          </button>
        )}
        <button type="button" data-link-back="" onClick={session.backToMine}>
          {notice.adopted ? 'Back to my previous notebook' : 'Back to my notebook'}
        </button>
        {notice.adopted && (
          <button type="button" data-link-dismiss="" onClick={session.dismiss}>
            Dismiss
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
  return (
    <div
      className="link-banner link-banner-failure"
      role="alert"
      data-link-banner={`broken-${kind}`}
      data-error-code={error.code}
    >
      <p>
        <strong>{FAILURE_HEADINGS[kind]}</strong> {ERROR_MESSAGES[error.code]} {children}
      </p>
      <details>
        <summary>Details</summary>
        <code className="link-banner-detail">{error.message}</code>
      </details>
      {onDismiss && (
        <div className="link-banner-actions">
          <button type="button" data-link-dismiss="" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
