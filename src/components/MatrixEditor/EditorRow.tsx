import { memo, useLayoutEffect, useRef } from 'react';
import { cellLabel } from '../MatrixView/gridShape';

interface CellProps {
  label: string;
  row: number;
  col: number;
  text: string;
  active: boolean;
  errorId: string | null;
}

/**
 * One editable element. Its text box is uncontrolled: the draft lives in the box while typing (no
 * React work per keystroke) and is refilled from `text` when the committed value changes — unless
 * the box holds an invalid draft, which stays until fixed or reverted.
 */
const EditorCell = memo(function EditorCell({ label, row, col, text, active, errorId }: CellProps) {
  const ref = useRef<HTMLInputElement>(null);
  const invalid = errorId !== null;
  useLayoutEffect(() => {
    if (!invalid && ref.current !== null) ref.current.value = text;
  }, [text, invalid]);
  return (
    <td role="gridcell" className="mx-cell">
      <input
        ref={ref}
        defaultValue={text}
        aria-label={label}
        aria-invalid={invalid || undefined}
        aria-describedby={errorId ?? undefined}
        data-row={row}
        data-col={col}
        tabIndex={active ? 0 : -1}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
      />
    </td>
  );
});

/** Props of one grid row. `invalidCols` lists (comma-joined) the columns holding an invalid draft. */
export interface EditorRowProps {
  name: string;
  ndim: number;
  row: number;
  texts: readonly string[];
  /** The column holding the grid's single tab stop, or -1 when it is in another row. */
  activeCol: number;
  invalidCols: string;
  /** Prefix of the ids of the error messages; the cell at flat index i is described by `${errorIdBase}${i}`. */
  errorIdBase: string;
}

function sameRow(a: EditorRowProps, b: EditorRowProps): boolean {
  if (
    a.name !== b.name ||
    a.ndim !== b.ndim ||
    a.row !== b.row ||
    a.activeCol !== b.activeCol ||
    a.invalidCols !== b.invalidCols ||
    a.errorIdBase !== b.errorIdBase ||
    a.texts.length !== b.texts.length
  ) {
    return false;
  }
  for (let i = 0; i < a.texts.length; i++) if (a.texts[i] !== b.texts[i]) return false;
  return true;
}

/** A row of the editing grid; re-renders only when its own texts, tab stop or errors change. */
export const EditorRow = memo(function EditorRow(p: EditorRowProps) {
  const invalid = p.invalidCols === '' ? [] : p.invalidCols.split(',').map(Number);
  const cols = p.texts.length;
  const cells = [];
  for (let c = 0; c < cols; c++) {
    cells.push(
      <EditorCell
        key={c}
        label={cellLabel(p.name, p.ndim, p.row, c)}
        row={p.row}
        col={c}
        text={p.texts[c]}
        active={p.activeCol === c}
        errorId={invalid.includes(c) ? `${p.errorIdBase}${p.row * cols + c}` : null}
      />,
    );
  }
  return <tr>{cells}</tr>;
}, sameRow);
