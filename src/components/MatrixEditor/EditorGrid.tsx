import { useCallback, useId, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import type { Tensor } from '../../engine';
import { useLang, useT } from '../../i18n/useT';
import { cellLabel, type GridShape } from '../MatrixView/gridShape';
import { gapAfter, gridViewOf, shownIndex } from '../MatrixView/gridSummary';
import { elementTextsOf } from '../MatrixView/numpyText';
import { HiddenRowsRow } from '../MatrixView/summaryCells';
import { fillCommitted } from '../committedText';
import { EditorRow } from './EditorRow';
import { sameSaid, wordsOf, type Said } from './said';
import { useGridKeyboard } from './useGridKeyboard';

const NO_ERRORS: ReadonlyMap<number, Said> = new Map();

/** Props of `EditorGrid`: a tensor of at most two dimensions and where to send edits. */
export interface EditorGridProps {
  name: string;
  label: string;
  value: Tensor;
  grid: GridShape;
  onCommit: (t: Tensor) => void;
  /** Told whether any box holds an invalid draft, whenever that changes. */
  onInvalidChange?: (invalid: boolean) => void;
}

/**
 * The keyboard-editable grid (`role="grid"`): the active element (the grid's tab stop) is a text box,
 * the others are cells showing their text until clicked or reached by keyboard (see `EditorCell`).
 * Invalid drafts stay in their boxes and are listed under the grid in a `role="alert"` message, and the
 * value in force does not change. Above NumPy's print threshold only the edge rows and columns are shown
 * (each still editing its real element), with `...` between them as NumPy prints it; text mode edits all
 * of it.
 */
export function EditorGrid({ name, label, value, grid, onCommit, onInvalidChange }: EditorGridProps) {
  const texts = elementTextsOf(value);
  const shapeKey = value.shape.join(',');
  const tableRef = useRef<HTMLTableElement>(null);
  const valueRef = useRef(value);
  const textsRef = useRef(texts);
  const shapeKeyRef = useRef(shapeKey);
  const onCommitRef = useRef(onCommit);
  const pendingRef = useRef(new Set<HTMLInputElement>());
  const errorIdBase = `${useId()}-err-`;
  // Errors are per flat index, so they belong to one shape; a new shape starts clean.
  const [errorState, setErrorState] = useState({ shapeKey, map: NO_ERRORS });
  const errors = errorState.shapeKey === shapeKey ? errorState.map : NO_ERRORS;
  const invalid = errors.size > 0;
  const [active, setActiveState] = useState({ row: 0, col: 0 });
  const lang = useLang();
  const t = useT();

  useLayoutEffect(() => {
    valueRef.current = value;
    textsRef.current = texts;
    shapeKeyRef.current = shapeKey;
  }, [value, texts, shapeKey]);
  useLayoutEffect(() => {
    onCommitRef.current = onCommit;
  }, [onCommit]);
  useLayoutEffect(() => {
    onInvalidChange?.(invalid);
  }, [onInvalidChange, invalid]);
  // Boxes whose draft was just committed show the committed value's text, even when it reads the same.
  useLayoutEffect(() => {
    for (const input of pendingRef.current) {
      const flat = Number(input.dataset.row) * grid.cols + Number(input.dataset.col);
      const text = texts.get(flat);
      if (input.isConnected && text !== undefined && !input.hasAttribute('aria-invalid')) {
        fillCommitted(input, text);
      }
    }
    pendingRef.current.clear();
  });

  const setError = useCallback((flat: number, message: Said | null) => {
    setErrorState((prev) => {
      const key = shapeKeyRef.current;
      const base = prev.shapeKey === key ? prev.map : NO_ERRORS;
      if (message === null ? !base.has(flat) : sameSaid(base.get(flat), message)) {
        return base === prev.map ? prev : { shapeKey: key, map: base };
      }
      const map = new Map(base);
      if (message === null) map.delete(flat);
      else map.set(flat, message);
      return { shapeKey: key, map };
    });
  }, []);
  const setActive = useCallback((row: number, col: number) => {
    setActiveState((prev) => (prev.row === row && prev.col === col ? prev : { row, col }));
  }, []);
  // The element to focus once it has its text box (after the render that makes it active).
  const focusWanted = useRef<{ row: number; col: number } | null>(null);
  const boxAt = useCallback(
    (row: number, col: number) =>
      tableRef.current?.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${col}"]`) ??
      null,
    [],
  );
  const focusCell = useCallback(
    (row: number, col: number) => {
      const box = boxAt(row, col);
      if (box !== null) {
        box.focus();
        box.select();
        return;
      }
      focusWanted.current = { row, col };
      setActive(row, col);
    },
    [boxAt, setActive],
  );
  // After the cells' own effects, so the new box already holds its text when it is selected.
  useLayoutEffect(() => {
    const wanted = focusWanted.current;
    if (wanted === null) return;
    focusWanted.current = null;
    const box = boxAt(wanted.row, wanted.col);
    box?.focus();
    box?.select();
  });
  const commit = useCallback((t: Tensor) => onCommitRef.current(t), []);
  const markPending = useCallback((input: HTMLInputElement) => {
    pendingRef.current.add(input);
  }, []);
  const handlers = useGridKeyboard({
    tableRef,
    valueRef,
    textsRef,
    commit,
    setError,
    markPending,
    setActive,
    focusCell,
  });

  const view = gridViewOf(value.size, grid);
  const activeRow = shownIndex(view.rows, Math.min(active.row, grid.rows - 1));
  const activeCol = shownIndex(view.cols, Math.min(active.col, grid.cols - 1));
  const invalidByRow = new Map<number, number[]>();
  for (const flat of errors.keys()) {
    const r = Math.floor(flat / grid.cols);
    invalidByRow.set(r, [...(invalidByRow.get(r) ?? []), flat % grid.cols]);
  }
  let widest = 3;
  for (const t of texts.values()) if (t.length > widest) widest = t.length;
  const colGap = gapAfter(view.cols);
  const rowGap = gapAfter(view.rows);
  const colsLabel = view.cols.hidden === null ? '' : t('matrix.hiddenCols', view.cols.hidden);
  const rows = [];
  for (const [i, r] of view.rows.shown.entries()) {
    rows.push(
      <EditorRow
        key={r}
        name={name}
        ndim={value.ndim}
        row={r}
        cols={view.cols.shown}
        gridCols={grid.cols}
        texts={view.cols.shown.map((c) => texts.get(r * grid.cols + c) ?? '')}
        activeCol={r === activeRow ? activeCol : -1}
        invalidCols={invalidByRow.get(r)?.join(',') ?? ''}
        errorIdBase={errorIdBase}
        gapAt={colGap}
        gapLabel={colsLabel}
      />,
    );
    if (i === rowGap && view.rows.hidden !== null) {
      rows.push(
        <HiddenRowsRow
          key="gap"
          shownCols={view.cols.shown.length}
          colGap={colGap}
          rowsLabel={t('matrix.hiddenRows', view.rows.hidden)}
          colsLabel={colsLabel}
          role="gridcell"
        />,
      );
    }
  }
  const style = { '--mx-cell-ch': widest } as CSSProperties;
  return (
    <>
      <div className="mx-scroll">
        <table
          role="grid"
          aria-label={label}
          ref={tableRef}
          className="mx-grid mx-grid--edit"
          style={style}
          {...handlers}
        >
          <tbody>{rows}</tbody>
        </table>
      </div>
      {value.size === 0 && <p className="mx-note">{t('matrix.emptyEditable')}</p>}
      {errors.size > 0 && (
        <div className="mx-error" role="alert">
          {[...errors.entries()]
            .sort((a, b) => a[0] - b[0])
            .map(([flat, message]) => (
              <p key={flat} id={`${errorIdBase}${flat}`}>
                {cellLabel(name, value.ndim, Math.floor(flat / grid.cols), flat % grid.cols)}:{' '}
                {wordsOf(message, lang)}
              </p>
            ))}
        </div>
      )}
    </>
  );
}
