import { tensor, type Tensor } from '../../engine';
import { parseCellText } from './cellValue';
import type { Said } from './said';

/** An edited tensor, or why the edit was refused (the tensor given stays the valid one). */
export type EditResult =
  { readonly ok: true; readonly tensor: Tensor } | { readonly ok: false; readonly message: Said };

/**
 * The tensor grown or cut to `rows` × `cols` (zeros fill new cells; kept cells keep their place).
 * A 1-D tensor keeps one row and a 0-d tensor one cell; 3-D and more have no grid.
 */
export function resizeGrid(t: Tensor, rows: number, cols: number): Tensor {
  if (t.ndim > 2) throw new RangeError(`resizeGrid: a ${t.ndim}-D array has no grid`);
  if (t.ndim < 2 && rows !== 1)
    throw new RangeError(`resizeGrid: a ${t.ndim}-D array has one row, not ${rows}`);
  if (t.ndim === 0 && cols !== 1) throw new RangeError(`resizeGrid: a 0-d array has one cell, not ${cols}`);
  if (rows < 0 || cols < 0) throw new RangeError(`resizeGrid: negative size ${rows} × ${cols}`);
  const oldRows = t.ndim === 2 ? t.shape[0] : 1;
  const oldCols = t.ndim === 0 ? 1 : t.shape[t.ndim - 1];
  const data = new Float64Array(rows * cols);
  const keepRows = Math.min(rows, oldRows);
  const keepCols = Math.min(cols, oldCols);
  for (let r = 0; r < keepRows; r++) {
    data.set(t.data.subarray(r * oldCols, r * oldCols + keepCols), r * cols);
  }
  const shape = t.ndim === 2 ? [rows, cols] : t.ndim === 1 ? [cols] : [];
  return tensor(shape, t.dtype, data);
}

function dims(t: Tensor): [number, number] {
  if (t.ndim === 2) return [t.shape[0], t.shape[1]];
  if (t.ndim === 1) return [1, t.shape[0]];
  throw new RangeError(`a ${t.ndim}-D array has no rows and columns to add or remove`);
}

/** A 2-D tensor with one more row of zeros at the bottom. */
export function addRow(t: Tensor): Tensor {
  if (t.ndim !== 2) throw new RangeError(`addRow: a ${t.ndim}-D array has no rows to add`);
  const [r, c] = dims(t);
  return resizeGrid(t, r + 1, c);
}

/** A 2-D tensor without its last row. */
export function removeRow(t: Tensor): Tensor {
  if (t.ndim !== 2) throw new RangeError(`removeRow: a ${t.ndim}-D array has no rows to remove`);
  const [r, c] = dims(t);
  if (r === 0) throw new RangeError('removeRow: no row left to remove');
  return resizeGrid(t, r - 1, c);
}

/** A 1-D or 2-D tensor with one more column of zeros at the right (one more element for 1-D). */
export function addCol(t: Tensor): Tensor {
  const [r, c] = dims(t);
  return resizeGrid(t, r, c + 1);
}

/** A 1-D or 2-D tensor without its last column (its last element for 1-D). */
export function removeCol(t: Tensor): Tensor {
  const [r, c] = dims(t);
  if (c === 0) throw new RangeError('removeCol: no column left to remove');
  return resizeGrid(t, r, c - 1);
}

/**
 * `t` with the element at row-major index `flat` set from typed `text`, under the dtype rules of
 * `parseCellText`. An entry equal to the current value returns `t` itself
 * (nothing to commit).
 */
export function setCell(t: Tensor, flat: number, text: string): EditResult {
  if (!Number.isInteger(flat) || flat < 0 || flat >= t.size) {
    throw new RangeError(`setCell: index ${flat} is out of bounds for size ${t.size}`);
  }
  const parsed = parseCellText(text, t.dtype);
  if (!parsed.ok) return parsed;
  if (Object.is(t.data[flat], parsed.value)) return { ok: true, tensor: t };
  const data = t.data.slice();
  data[flat] = parsed.value;
  return { ok: true, tensor: tensor(t.shape, t.dtype, data) };
}
