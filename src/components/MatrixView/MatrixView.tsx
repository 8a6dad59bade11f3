import { useId, useState } from 'react';
import type { Tensor } from '../../engine';
import { useT } from '../../i18n/useT';
import '../matrix.css';
import { ErrorText, type OutputCap } from './ErrorText';
import { gridShapeOf } from './gridShape';
import { numpyTextOf } from './numpyText';
import { ShapeBadge } from './ShapeBadge';
import { useScrollFocus } from '../useScrollFocus';
import { ViewGrid } from './ViewGrid';

/** Props of `MatrixView`. */
export interface MatrixViewProps {
  /** The book's name for the array (`out`, `dx`, …): the `data-matrix` hook. */
  name: string;
  label?: string;
  /** The computed array, or null when there is none (yet). */
  value: Tensor | null;
  /** NumPy's message when the array could not be computed; shown in place of the values. */
  error?: string | null;
  /** Set when `error` is one of the page's output caps rather than NumPy's (said in the page's language). */
  cap?: OutputCap;
  /** Show the values as a True/False mask (bool arrays always are). */
  mask?: boolean;
}

/**
 * A computed array, read-only: a grid tinted by a diverging scale (True/False for masks), its shape and
 * dtype, and NumPy's printed text on demand. The root carries `data-matrix` and `data-numpy`.
 */
export function MatrixView({ name, label, value, error = null, cap, mask = false }: MatrixViewProps) {
  const [showText, setShowText] = useState(false);
  const headingId = useId();
  const textId = useId();
  const shown = error === null ? value : null;
  const text = shown === null ? '' : numpyTextOf(shown);
  const grid = shown === null ? null : gridShapeOf(shown);
  const title = label ?? name;
  const preRef = useScrollFocus<HTMLPreElement>(text);
  const t = useT();
  return (
    <div
      className="mx mx--view"
      role="group"
      aria-labelledby={headingId}
      data-matrix={name}
      data-numpy={text}
    >
      <div className="mx-head">
        <span className="mx-name" id={headingId}>
          {title}
        </span>
        {shown !== null && <ShapeBadge shape={shown.shape} dtype={shown.dtype} />}
        {shown !== null && (
          <button
            type="button"
            className="mx-btn mx-btn--quiet"
            aria-pressed={showText}
            aria-controls={showText || grid === null ? textId : undefined}
            aria-label={t('matrix.printAria', { label: title })}
            onClick={() => setShowText((s) => !s)}
          >
            print()
          </button>
        )}
      </div>
      {error !== null ? (
        <ErrorText error={error} cap={cap} />
      ) : shown === null ? (
        <p className="mx-note">—</p>
      ) : shown.size === 0 ? (
        <p className="mx-note">{t('matrix.empty')}</p>
      ) : grid === null ? (
        <p className="mx-note">{t('matrix.ndShown', { ndim: shown.ndim })}</p>
      ) : (
        <ViewGrid
          value={shown}
          grid={grid}
          label={t('matrix.values', { label: title })}
          boolStyle={mask || shown.dtype === 'bool'}
        />
      )}
      {shown !== null && (showText || grid === null) && (
        <pre className="mx-pre" id={textId} ref={preRef} aria-label={t('matrix.printed', { label: title })}>
          {text}
        </pre>
      )}
    </div>
  );
}
