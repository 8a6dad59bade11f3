import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { ShareSession } from './session';

/**
 * After a snapshot that names a cell is opened, scrolls that cell into view and marks it
 * `data-linked` (share.css highlights it) until the banner's message goes away.
 */
export function useLinkFocus(session: ShareSession): void {
  const focus = useStore(session.state, (s) => s.focus);
  const showing = useStore(session.state, (s) => s.notice.kind === 'opened');
  useEffect(() => {
    if (!focus || !showing) return;
    // The id is a validated CellId, so it is safe inside the selector.
    const el = document.querySelector<HTMLElement>(`[data-cell="${focus.cell}"]`);
    if (!el) return;
    el.setAttribute('data-linked', '');
    el.scrollIntoView({ block: 'start' });
    return () => el.removeAttribute('data-linked');
  }, [focus, showing]);
}
