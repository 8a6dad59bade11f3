import { memo } from 'react';
import { PARSE_LIMITS, type DType } from '../../engine';
import { useT } from '../../i18n/useT';

/** What the toolbar can ask the editor to do. */
export type ToolbarAction =
  'addRow' | 'removeRow' | 'addCol' | 'removeCol' | 'randomise' | 'reset' | 'toggleText';

/** Props of `Toolbar`. */
export interface ToolbarProps {
  name: string;
  label: string;
  dtype: DType;
  allowedDtypes: readonly DType[];
  /** Rows and columns of the grid, or null for a 0-d or N-D array (no row/column buttons). */
  rows: number | null;
  cols: number | null;
  /** Whether rows can be added/removed (2-D only; a 1-D array is one row). */
  hasRows: boolean;
  textOpen: boolean;
  textId: string;
  onAction: (action: ToolbarAction) => void;
  onDtype: (dtype: DType) => void;
}

/**
 * Whether a `rows` × `cols` grid may grow to that size: within the caps a typed or pasted matrix has
 * (PARSE_LIMITS), so a click never makes what the text box would refuse, or what could not be saved.
 */
function fits(rows: number, cols: number): boolean {
  return (
    rows <= PARSE_LIMITS.maxDimLength &&
    cols <= PARSE_LIMITS.maxDimLength &&
    rows * cols <= PARSE_LIMITS.maxElements
  );
}

/** The editor's controls: dtype, add/remove rows and columns, randomise, reset, text mode. */
export const Toolbar = memo(function Toolbar(p: ToolbarProps) {
  const { name, label, onAction } = p;
  const t = useT();
  const button = (action: ToolbarAction, text: string, aria: string, disabled = false) => (
    <button
      type="button"
      className="mx-btn"
      aria-label={aria}
      disabled={disabled}
      onClick={() => onAction(action)}
    >
      {text}
    </button>
  );
  const grid = p.rows !== null && p.cols !== null;
  return (
    <div className="mx-toolbar" role="toolbar" aria-label={t('matrix.toolsAria', { label })}>
      <select
        className="mx-select"
        aria-label={t('matrix.dtypeAria', { label })}
        value={p.dtype}
        onChange={(e) => p.onDtype(e.target.value as DType)}
      >
        {p.allowedDtypes.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>
      {grid && (
        <span className="mx-group">
          {p.hasRows &&
            button(
              'addRow',
              t('matrix.addRow'),
              t('matrix.addRowAria', { label }),
              !fits((p.rows ?? 0) + 1, p.cols ?? 0),
            )}
          {p.hasRows &&
            button(
              'removeRow',
              t('matrix.removeRow'),
              t('matrix.removeRowAria', { label }),
              (p.rows ?? 0) <= 1,
            )}
          {button(
            'addCol',
            t('matrix.addCol'),
            t('matrix.addColAria', { label }),
            !fits(p.rows ?? 0, (p.cols ?? 0) + 1),
          )}
          {button(
            'removeCol',
            t('matrix.removeCol'),
            t('matrix.removeColAria', { label }),
            (p.cols ?? 0) <= 1,
          )}
        </span>
      )}
      <span className="mx-group">
        {button('randomise', t('matrix.randomise'), t('matrix.randomiseAria', { label }))}
        {button('reset', t('matrix.reset'), t('matrix.resetAria', { label }))}
        <button
          type="button"
          className="mx-btn"
          data-edit-text={name}
          aria-expanded={p.textOpen}
          aria-controls={p.textOpen ? p.textId : undefined}
          aria-label={t('matrix.textAria', { label })}
          onClick={() => onAction('toggleText')}
        >
          {t('matrix.text')}
        </button>
      </span>
    </div>
  );
});
