import { memo, useLayoutEffect, useRef, type RefObject } from 'react';
import { cellLabel } from '../MatrixView/gridShape';
import { EllipsisCell } from '../MatrixView/summaryCells';
import { fillCommitted } from '../committedText';

interface CellProps {
  label: string;
  row: number;
  col: number;
  text: string;
  active: boolean;
  errorId: string | null;
}

/** What the text box of one element is made of, apart from its text. */
interface BoxProps {
  boxRef: RefObject<HTMLInputElement | null>;
  label: string;
  row: number;
  col: number;
  active: boolean;
  errorId: string | null;
}

/**
 * The element's text box, rendered again only when its label, tab stop or error changes: React updates
 * every `<input>` it renders again by writing its `name` twice (even with no `name` prop), which restyles
 * the box; a new committed text is written by `EditorCell` into the box directly, not by rendering it.
 */
const ElementBox = memo(function ElementBox({ boxRef, label, row, col, active, errorId }: BoxProps) {
  const invalid = errorId !== null;
  return (
    <input
      ref={boxRef}
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
  );
});

/**
 * One editable element. Only the grid's active element (its tab stop, where the keyboard edits) and an
 * element holding an invalid draft have a text box; the others show their committed text in a cell drawn
 * like a box, and a click or the keyboard makes one active. Text boxes are the costliest thing a browser
 * lays out and paints here (each is a small scroll container of its own): a 64×64 grid of 36 of them took
 * about a quarter of an edit's frame to refill and paint, where its text cells take a few per cent.
 *
 * A box is uncontrolled: the draft lives in it while typing (no React work per keystroke) and it is
 * filled from `text` when it appears and when the committed value changes, unless it holds an invalid
 * draft, which stays until fixed or reverted.
 */
const EditorCell = memo(function EditorCell({ label, row, col, text, active, errorId }: CellProps) {
  const ref = useRef<HTMLInputElement>(null);
  const invalid = errorId !== null;
  const live = active || invalid;
  useLayoutEffect(() => {
    if (active && !invalid && ref.current !== null) fillCommitted(ref.current, text);
  }, [text, invalid, active]);
  return (
    <td role="gridcell" className="mx-cell" data-row={row} data-col={col} title={live ? undefined : label}>
      {live ? (
        <ElementBox boxRef={ref} label={label} row={row} col={col} active={active} errorId={errorId} />
      ) : (
        <span className="mx-cell-text">{text}</span>
      )}
    </td>
  );
});

/** Props of one grid row. `invalidCols` lists (comma-joined) the columns holding an invalid draft. */
export interface EditorRowProps {
  name: string;
  ndim: number;
  /** The row's real index. */
  row: number;
  /** The real index of each column shown (all of them unless NumPy's print would summarise). */
  cols: readonly number[];
  /** The number of columns of the whole grid: flat index = row × gridCols + col. */
  gridCols: number;
  /** The committed text of each column shown. */
  texts: readonly string[];
  /** The real column holding the grid's single tab stop, or -1 when it is in another row. */
  activeCol: number;
  invalidCols: string;
  /** Prefix of the ids of the error messages; the cell at flat index i is described by `${errorIdBase}${i}`. */
  errorIdBase: string;
  /** The position after which the row shows a `...` cell for the hidden columns, or -1. */
  gapAt: number;
  /** What that `...` cell says to screen readers. */
  gapLabel: string;
}

function sameRow(a: EditorRowProps, b: EditorRowProps): boolean {
  if (
    a.name !== b.name ||
    a.ndim !== b.ndim ||
    a.row !== b.row ||
    a.gridCols !== b.gridCols ||
    a.activeCol !== b.activeCol ||
    a.invalidCols !== b.invalidCols ||
    a.errorIdBase !== b.errorIdBase ||
    a.gapAt !== b.gapAt ||
    a.gapLabel !== b.gapLabel ||
    a.texts.length !== b.texts.length ||
    a.cols.length !== b.cols.length
  ) {
    return false;
  }
  for (let i = 0; i < a.texts.length; i++) {
    if (a.texts[i] !== b.texts[i] || a.cols[i] !== b.cols[i]) return false;
  }
  return true;
}

/** A row of the editing grid; re-renders only when its own texts, tab stop or errors change. */
export const EditorRow = memo(function EditorRow(p: EditorRowProps) {
  const invalid = p.invalidCols === '' ? [] : p.invalidCols.split(',').map(Number);
  const cells = [];
  for (const [i, c] of p.cols.entries()) {
    cells.push(
      <EditorCell
        key={c}
        label={cellLabel(p.name, p.ndim, p.row, c)}
        row={p.row}
        col={c}
        text={p.texts[i]}
        active={p.activeCol === c}
        errorId={invalid.includes(c) ? `${p.errorIdBase}${p.row * p.gridCols + c}` : null}
      />,
    );
    if (i === p.gapAt) cells.push(<EllipsisCell key="gap" label={p.gapLabel} role="gridcell" />);
  }
  return <tr>{cells}</tr>;
}, sameRow);
