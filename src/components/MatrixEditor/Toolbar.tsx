import { memo } from 'react';
import type { DType } from '../../engine';

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

/** The editor's controls: dtype, add/remove rows and columns, randomise, reset, text mode. */
export const Toolbar = memo(function Toolbar(p: ToolbarProps) {
  const { name, label, onAction } = p;
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
    <div className="mx-toolbar" role="toolbar" aria-label={`${label} tools`}>
      <select
        className="mx-select"
        aria-label={`${label} dtype`}
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
          {p.hasRows && button('addRow', '+ row', `Add row to ${label}`)}
          {p.hasRows && button('removeRow', '− row', `Remove last row of ${label}`, (p.rows ?? 0) <= 1)}
          {button('addCol', '+ col', `Add column to ${label}`)}
          {button('removeCol', '− col', `Remove last column of ${label}`, (p.cols ?? 0) <= 1)}
        </span>
      )}
      <span className="mx-group">
        {button('randomise', 'Randomise', `Randomise ${label}`)}
        {button('reset', 'Reset', `Reset ${label} to its seed value`)}
        <button
          type="button"
          className="mx-btn"
          data-edit-text={name}
          aria-expanded={p.textOpen}
          aria-controls={p.textOpen ? p.textId : undefined}
          aria-label={`Edit ${label} as text`}
          onClick={() => onAction('toggleText')}
        >
          Text
        </button>
      </span>
    </div>
  );
});
