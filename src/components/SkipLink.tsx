import type { MouseEvent } from 'react';
import { useT } from '../i18n/useT';
import { CELL_IDS } from '../notebook/cellIds';
import './skipLink.css';

/** Where the skip link lands: the first cell's first editable element (its grid's tab stop). */
const TARGET = `[data-cell="${CELL_IDS[0]}"] [role="grid"] [tabindex="0"]`;

/**
 * The page's first tab stop, shown only when focused: it jumps past the header, the table of contents and
 * the sharing bar to the first cell's first matrix element. It focuses the element itself rather than
 * following its href, so the address bar's fragment (the notebook's link) is left alone.
 */
export function SkipLink() {
  const t = useT();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    const target = document.querySelector<HTMLElement>(TARGET);
    if (target === null) return; // no grid (yet): the href still scrolls to the cell
    e.preventDefault();
    target.focus();
  };
  return (
    <a className="skip-link" href={`#${CELL_IDS[0]}`} onClick={onClick}>
      {t('app.skipToFirstCell')}
    </a>
  );
}
