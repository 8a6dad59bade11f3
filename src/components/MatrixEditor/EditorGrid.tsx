import { useCallback, useId, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import type { Tensor } from '../../engine';
import { cellLabel, type GridShape } from '../MatrixView/gridShape';
import { elementTextsOf } from '../MatrixView/numpyText';
import { EditorRow } from './EditorRow';
import { useGridKeyboard } from './useGridKeyboard';

const NO_ERRORS: ReadonlyMap<number, string> = new Map();

/** Props of `EditorGrid`: a tensor of at most two dimensions and where to send edits. */
export interface EditorGridProps {
  name: string;
  label: string;
  value: Tensor;
  grid: GridShape;
  onCommit: (t: Tensor) => void;
}

/**
 * The keyboard-editable grid (`role="grid"`), one text box per element. Invalid drafts are listed
 * under it in a `role="alert"` message, and the value in force does not change.
 */
export function EditorGrid({ name, label, value, grid, onCommit }: EditorGridProps) {
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
  const [active, setActiveState] = useState({ row: 0, col: 0 });

  useLayoutEffect(() => {
    valueRef.current = value;
    textsRef.current = texts;
    shapeKeyRef.current = shapeKey;
  }, [value, texts, shapeKey]);
  useLayoutEffect(() => {
    onCommitRef.current = onCommit;
  }, [onCommit]);
  // Boxes whose draft was just committed show the committed value's text, even when it reads the same.
  useLayoutEffect(() => {
    for (const input of pendingRef.current) {
      const flat = Number(input.dataset.row) * grid.cols + Number(input.dataset.col);
      if (input.isConnected && flat < texts.length && !input.hasAttribute('aria-invalid'))
        input.value = texts[flat];
    }
    pendingRef.current.clear();
  });

  const setError = useCallback((flat: number, message: string | null) => {
    setErrorState((prev) => {
      const key = shapeKeyRef.current;
      const base = prev.shapeKey === key ? prev.map : NO_ERRORS;
      if (message === null ? !base.has(flat) : base.get(flat) === message) {
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
  });

  const activeRow = Math.min(active.row, grid.rows - 1);
  const activeCol = Math.min(active.col, grid.cols - 1);
  const invalidByRow = new Map<number, number[]>();
  for (const flat of errors.keys()) {
    const r = Math.floor(flat / grid.cols);
    invalidByRow.set(r, [...(invalidByRow.get(r) ?? []), flat % grid.cols]);
  }
  let widest = 3;
  for (const t of texts) if (t.length > widest) widest = t.length;
  const rows = [];
  for (let r = 0; r < grid.rows; r++) {
    rows.push(
      <EditorRow
        key={r}
        name={name}
        ndim={value.ndim}
        row={r}
        texts={texts.slice(r * grid.cols, (r + 1) * grid.cols)}
        activeCol={r === activeRow ? activeCol : -1}
        invalidCols={invalidByRow.get(r)?.join(',') ?? ''}
        errorIdBase={errorIdBase}
      />,
    );
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
      {value.size === 0 && <p className="mx-note">empty array: add a row or column, or edit as text</p>}
      {errors.size > 0 && (
        <div className="mx-error" role="alert">
          {[...errors.entries()]
            .sort((a, b) => a[0] - b[0])
            .map(([flat, message]) => (
              <p key={flat} id={`${errorIdBase}${flat}`}>
                {cellLabel(name, value.ndim, Math.floor(flat / grid.cols), flat % grid.cols)}: {message}
              </p>
            ))}
        </div>
      )}
    </>
  );
}
