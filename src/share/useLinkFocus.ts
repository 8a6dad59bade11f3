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
    const stop = keepInView(el);
    return () => {
      stop();
      el.removeAttribute('data-linked');
    };
  }, [focus, showing]);
}

/**
 * Scrolls `el` to the top of the view and keeps it there while the page settles: cells above it that
 * had never been shown were only estimated in height (content-visibility: auto), and those near the view
 * are laid out after the scroll, and charts arrive later still, each pushing the cell down. Watches until
 * its place has held for 2 s (at most 6 s), and stops as soon as the learner scrolls, types or clicks.
 * Returns a cancel function.
 */
function keepInView(el: HTMLElement): () => void {
  el.scrollIntoView({ block: 'start' });
  let top = el.getBoundingClientRect().top;
  let scrolledTo = window.scrollY;
  const started = performance.now();
  let heldSince = started;
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of INPUTS) window.removeEventListener(type, stop, true);
  };
  for (const type of INPUTS) window.addEventListener(type, stop, { capture: true, passive: true });
  const check = () => {
    const now = performance.now();
    if (Math.abs(window.scrollY - scrolledTo) > 1) return stop();
    if (Math.abs(el.getBoundingClientRect().top - top) > 1) {
      el.scrollIntoView({ block: 'start' });
      top = el.getBoundingClientRect().top;
      scrolledTo = window.scrollY;
      heldSince = now;
    }
    if (now - heldSince < 2000 && now - started < 6000) frame = requestAnimationFrame(check);
    else stop();
  };
  frame = requestAnimationFrame(check);
  return stop;
}

/** What the learner does that ends `keepInView`. */
const INPUTS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
