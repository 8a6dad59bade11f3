import { describe, expect, it } from 'vitest';
import {
  addCol,
  addRow,
  removeCol,
  removeRow,
  resizeGrid,
  setCell,
} from '../../../src/components/MatrixEditor/gridEdit';
import { array, toNested } from '../../../src/engine';
import { wordsOf } from '../../../src/components/MatrixEditor/said';

const x = array([
  [1.0, -0.5],
  [-2.0, 3.0],
]);

describe('gridEdit', () => {
  it('addRow appends a row of zeros and keeps the dtype', () => {
    const t = addRow(x);
    expect(t.shape).toEqual([3, 2]);
    expect(toNested(t)).toEqual([
      [1, -0.5],
      [-2, 3],
      [0, 0],
    ]);
    expect(t.dtype).toBe('float64');
  });
  it('removeRow drops the last row, down to (0, n)', () => {
    expect(toNested(removeRow(x))).toEqual([[1, -0.5]]);
    expect(removeRow(removeRow(x)).shape).toEqual([0, 2]);
    expect(() => removeRow(removeRow(removeRow(x)))).toThrow(RangeError);
  });
  it('addCol and removeCol change the last axis of 2-D and 1-D arrays', () => {
    expect(toNested(addCol(x))).toEqual([
      [1, -0.5, 0],
      [-2, 3, 0],
    ]);
    expect(toNested(removeCol(x))).toEqual([[1], [-2]]);
    expect(toNested(addCol(array([1, 2])))).toEqual([1, 2, 0]);
    expect(toNested(removeCol(array([1, 2])))).toEqual([1]);
  });
  it('row operations refuse a 1-D array, and every operation a 0-d one', () => {
    expect(() => addRow(array([1, 2]))).toThrow(RangeError);
    expect(() => addCol(array(1))).toThrow(RangeError);
  });
  it('grid edits never mutate the tensor given', () => {
    const before = Array.from(x.data);
    addRow(x);
    removeCol(x);
    setCell(x, 0, '9');
    expect(Array.from(x.data)).toEqual(before);
  });
  it('resizeGrid keeps each kept cell in its row and column', () => {
    const t = resizeGrid(array([[1, 2, 3]]), 2, 2);
    expect(toNested(t)).toEqual([
      [1, 2],
      [0, 0],
    ]);
    expect(t.dtype).toBe('int64');
  });
  it('setCell writes one element from typed text', () => {
    const r = setCell(x, 1, '0.25');
    expect(r.ok && toNested(r.tensor)).toEqual([
      [1, 0.25],
      [-2, 3],
    ]);
  });
  it('setCell returns the same tensor when the entry equals the current value', () => {
    const r = setCell(x, 0, '1.0');
    expect(r.ok && r.tensor).toBe(x);
  });
  it('setCell refuses an invalid entry with its reason', () => {
    const r = setCell(array([[1, 2]]), 0, '1.5');
    expect(r.ok).toBe(false);
    expect(r.ok ? null : wordsOf(r.message, 'en')).toBe(
      'int64 matrix: 1.5 would be truncated to 1; switch dtype to float64',
    );
  });
  it('setCell treats -0 and 0 as different values, since NumPy prints them differently', () => {
    const t = array([0.5, 0.0]);
    const r = setCell(t, 1, '-0');
    expect(r.ok && r.tensor).not.toBe(t);
    expect(r.ok && Object.is(r.tensor.data[1], -0)).toBe(true);
  });
});
