import { useCallback } from 'react';

/** Whether the box's content is wider or taller than the box, so that it scrolls. */
function overflows(el: HTMLElement): boolean {
  return el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight;
}

/** Runs `task` when the page is idle (at most a second later); returns a cancel function. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}

/** Every mounted box's check, run again when a font finishes loading (see below). */
const checks = new Set<() => void>();
let listening = false;

/**
 * A font that finishes loading (KaTeX's, a CJK fallback for a monospace line) changes how wide a box's
 * content is without resizing the box itself, which a ResizeObserver does not report: check every box again.
 */
function recheckOnFontLoad(check: () => void): () => void {
  checks.add(check);
  if (!listening && typeof document !== 'undefined' && 'fonts' in document) {
    listening = true;
    document.fonts.addEventListener('loadingdone', () => {
      for (const c of checks) c();
    });
  }
  return () => checks.delete(check);
}

/**
 * A ref for a box that scrolls when its content does not fit (a wide matrix, a long line of code) and has
 * nothing focusable inside: while it overflows, the box itself is a tab stop, so a keyboard can scroll it
 * with the arrow keys; once everything fits, it leaves the tab order again. `content` is what the box
 * shows (a tensor, a text): a new one checks again.
 *
 * Sizes are read only from a ResizeObserver's callback, which the browser runs after its own layout
 * (and once as soon as a box is observed), or once a font has loaded: reading them while React commits
 * would force a layout per box, which a notebook of many matrices pays on every edit. Give the box an
 * accessible name (aria-label) in the page's language: as a tab stop, that is what a screen reader says.
 */
export function useScrollFocus<T extends HTMLElement>(content: unknown): (el: T | null) => () => void {
  return useCallback(
    (el: T | null) => {
      // jsdom has no layout (and no ResizeObserver): there nothing ever overflows.
      if (el === null || typeof ResizeObserver === 'undefined') return () => {};
      // Written only when it changes: even an unchanged attribute written here, after the browser's
      // layout, has it restyle and lay the page out again before painting the frame.
      const update = () => {
        if (!el.isConnected) return;
        const scrolls = overflows(el);
        if (scrolls === el.hasAttribute('tabindex')) return;
        if (scrolls) el.tabIndex = 0;
        else el.removeAttribute('tabindex');
      };
      let observed = false;
      const observer = new ResizeObserver(() => {
        observed = true;
        update();
      });
      observer.observe(el);
      if (el.firstElementChild !== null) observer.observe(el.firstElementChild);
      // A box in a cell out of view is not laid out (content-visibility: auto), so the observer stays
      // silent until the cell is shown; a keyboard must reach it before that. Such a box is measured when
      // the page is idle instead, which lays out that box alone. (Asking the browser whether a box is
      // rendered would make it restyle the page at once, while React commits.)
      const idle = whenIdle(() => {
        if (!observed) update();
      });
      const fonts = recheckOnFontLoad(update);
      return () => {
        observer.disconnect();
        idle();
        fonts();
      };
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `content` is the trigger, not an input
    [content],
  );
}
