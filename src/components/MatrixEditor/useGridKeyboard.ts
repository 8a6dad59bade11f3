import {
  useCallback,
  type ClipboardEvent,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
} from 'react';
import type { Tensor } from '../../engine';
import { gridShapeOf } from '../MatrixView/gridShape';
import { gridViewOf, moveOnAxis, stepInView } from '../MatrixView/gridSummary';
import { setCell } from './gridEdit';
import { keyAction } from './keyAction';
import { isBlockPaste, pasteBlock } from './pasteBlock';
import type { Said } from './said';

/** What the grid hands its keyboard/clipboard handlers. Refs hold the latest values between renders. */
export interface GridKeyboardOptions {
  readonly tableRef: RefObject<HTMLTableElement | null>;
  /** The value in force; updated as soon as a commit is sent, before the parent re-renders. */
  readonly valueRef: RefObject<Tensor>;
  /** The committed text of each element shown, by flat index (see `elementTextsOf`). */
  readonly textsRef: RefObject<ReadonlyMap<number, string>>;
  readonly commit: (t: Tensor) => void;
  readonly setError: (flat: number, message: Said | null) => void;
  /** Asks for this box to be refilled from its cell's text once the committed value has rendered. */
  readonly markPending: (input: HTMLInputElement) => void;
  readonly setActive: (row: number, col: number) => void;
  /**
   * Makes element (row, col) the active one and focuses its text box (with its text selected), once it
   * has one: only the active element and those holding an invalid draft are text boxes.
   */
  readonly focusCell: (row: number, col: number) => void;
}

function cellOf(target: EventTarget): { input: HTMLInputElement; row: number; col: number } | null {
  if (!(target instanceof HTMLInputElement) || target.dataset.row === undefined) return null;
  return { input: target, row: Number(target.dataset.row), col: Number(target.dataset.col) };
}

/**
 * The grid's delegated event handlers: one set on the table, not one per cell, so a 64×64 grid
 * stays cheap to render. Drafts live in the cells' own (uncontrolled) text boxes until committed.
 */
export function useGridKeyboard(o: GridKeyboardOptions) {
  const { tableRef, valueRef, textsRef, commit, setError, markPending, setActive, focusCell } = o;

  /** Commits the box's draft; false (with the message shown) when the draft is invalid. */
  const commitInput = useCallback(
    (input: HTMLInputElement, row: number, col: number): boolean => {
      const t = valueRef.current;
      const cols = gridShapeOf(t)?.cols ?? 1;
      const flat = row * cols + col;
      const shownText = textsRef.current.get(flat) ?? '';
      if (input.value === shownText) {
        setError(flat, null);
        return true;
      }
      const result = setCell(t, flat, input.value);
      if (!result.ok) {
        setError(flat, result.message);
        return false;
      }
      setError(flat, null);
      if (result.tensor === t) {
        input.value = shownText;
        return true;
      }
      valueRef.current = result.tensor;
      markPending(input);
      commit(result.tensor);
      return true;
    },
    [valueRef, textsRef, setError, markPending, commit],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLTableElement>) => {
      const cell = cellOf(e.target);
      if (cell === null) return;
      const { input, row, col } = cell;
      const grid = gridShapeOf(valueRef.current);
      if (grid === null) return;
      const flat = row * grid.cols + col;
      const len = input.value.length;
      const collapsed = input.selectionStart === input.selectionEnd;
      const action = keyAction({
        key: e.key,
        shiftKey: e.shiftKey,
        ctrlKey: e.ctrlKey,
        altKey: e.altKey,
        metaKey: e.metaKey,
        composing: e.nativeEvent.isComposing,
        dirty: input.value !== (textsRef.current.get(flat) ?? ''),
        caretAtStart: collapsed && input.selectionStart === 0,
        caretAtEnd: collapsed && input.selectionEnd === len,
      });
      if (action === null) return;
      if (action.kind === 'revert') {
        e.preventDefault();
        input.value = textsRef.current.get(flat) ?? '';
        setError(flat, null);
        input.select();
        return;
      }
      if (!commitInput(input, row, col)) {
        e.preventDefault();
        return;
      }
      const view = gridViewOf(valueRef.current.size, grid);
      if (action.kind === 'step') {
        const next = stepInView(view, row, col, action.step);
        if (next === null) return; // let Tab leave the grid
        e.preventDefault();
        focusCell(next.row, next.col);
        return;
      }
      e.preventDefault();
      const r = moveOnAxis(view.rows, row, action.dr);
      const c = moveOnAxis(view.cols, col, action.dc);
      if (r !== row || c !== col) focusCell(r, c);
      else input.select();
    },
    [valueRef, textsRef, setError, commitInput, focusCell],
  );

  const onFocus = useCallback(
    (e: FocusEvent<HTMLTableElement>) => {
      const cell = cellOf(e.target);
      if (cell === null) return;
      setActive(cell.row, cell.col);
      cell.input.select();
    },
    [setActive],
  );

  // Leaving a cell commits its draft, as a spreadsheet does; an invalid draft stays, with its message.
  const onBlur = useCallback(
    (e: FocusEvent<HTMLTableElement>) => {
      const cell = cellOf(e.target);
      if (cell !== null) commitInput(cell.input, cell.row, cell.col);
    },
    [commitInput],
  );

  const onPaste = useCallback(
    (e: ClipboardEvent<HTMLTableElement>) => {
      const cell = cellOf(e.target);
      if (cell === null) return;
      const text = e.clipboardData.getData('text/plain');
      if (!isBlockPaste(text)) return; // one value: an ordinary paste into the box
      e.preventDefault();
      const t = valueRef.current;
      const flat = cell.row * (gridShapeOf(t)?.cols ?? 1) + cell.col;
      const result = pasteBlock(t, cell.row, cell.col, text);
      if (!result.ok) {
        setError(flat, result.message);
        return;
      }
      setError(flat, null);
      valueRef.current = result.tensor;
      markPending(cell.input);
      commit(result.tensor);
    },
    [valueRef, setError, markPending, commit],
  );

  // Pressing on an element without a text box makes it the active one. The draft of the box being left
  // is committed first, as leaving it by keyboard does (the box goes once another element is active).
  const onMouseDown = useCallback(
    (e: MouseEvent<HTMLTableElement>) => {
      if (e.button !== 0 || !(e.target instanceof Element)) return;
      const td = e.target.closest<HTMLTableCellElement>('td[data-row]');
      if (td === null || td.querySelector('input') !== null || !tableRef.current?.contains(td)) return;
      // Not the browser's focus change: the cell itself is not focusable, so it would blur to the page.
      e.preventDefault();
      const leaving = document.activeElement === null ? null : cellOf(document.activeElement);
      if (leaving !== null && tableRef.current.contains(leaving.input)) {
        commitInput(leaving.input, leaving.row, leaving.col);
      }
      focusCell(Number(td.dataset.row), Number(td.dataset.col));
    },
    [tableRef, commitInput, focusCell],
  );

  return { onKeyDown, onFocus, onBlur, onPaste, onMouseDown };
}
