import { useId, type ChangeEvent } from 'react';
import { useT } from '../i18n/useT';
import { LIMITS } from './limits';
import type { ShareSession } from './session';

/**
 * input[data-open-snapshot-file]: opens a snapshot JSON file (made by "Download as a file"), through the
 * same checks as a link. Only the first bytes past the cap are read, so a huge file is refused unread.
 */
export function OpenFileButton({ session }: { session: ShareSession }) {
  const id = useId();
  const t = useT();
  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.slice(0, LIMITS.maxJsonBytes + 1).text();
    input.value = '';
    session.openFile(text);
  };
  return (
    <span className="open-file">
      <label htmlFor={id}>{t('share.openFile')}</label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        data-open-snapshot-file=""
        onChange={(e) => void onChange(e)}
      />
    </span>
  );
}
