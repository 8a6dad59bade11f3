import { describe, expect, it } from 'vitest';
import { cellLabel, gridShapeOf } from '../../../src/components/MatrixView/gridShape';
import { array, full } from '../../../src/engine';

describe('gridShapeOf', () => {
  it('lays 0-d out as one cell, 1-D as one row, 2-D as rows and columns', () => {
    expect(gridShapeOf(array(1.5))).toEqual({ rows: 1, cols: 1 });
    expect(gridShapeOf(array([1, 2, 3]))).toEqual({ rows: 1, cols: 3 });
    expect(gridShapeOf(full([2, 0], 0))).toEqual({ rows: 2, cols: 0 });
  });
  it('has no grid for 3-D and more', () => {
    expect(gridShapeOf(full([2, 2, 2], 0))).toBeNull();
  });
});

describe('cellLabel', () => {
  it('names a cell by its NumPy index', () => {
    expect(cellLabel('x', 2, 0, 1)).toBe('x[0, 1]');
    expect(cellLabel('b', 1, 0, 2)).toBe('b[2]');
    expect(cellLabel('loss', 0, 0, 0)).toBe('loss[()]');
  });
});
