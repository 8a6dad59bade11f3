import { describe, expect, it } from 'vitest';
import { array } from '../../src/engine';
import {
  axis0Rows,
  broadcastAt,
  flatIndexLabel,
  pointSample,
  rowsOf,
  shownNote,
} from '../../src/charts/matrixRows';

const grid = (view: ReturnType<typeof rowsOf>) =>
  Array.from({ length: view.rows }, (_, i) => Array.from({ length: view.cols }, (_, j) => view.at(i, j)));

describe('rowsOf', () => {
  it('rowsOf(matrix) is the matrix, rowsOf(vector) one row, rowsOf(scalar) 1 × 1', () => {
    expect(
      grid(
        rowsOf(
          array([
            [1, 2],
            [3, 4],
          ]),
        ),
      ),
    ).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(grid(rowsOf(array([1, 2, 3])))).toEqual([[1, 2, 3]]);
    expect(grid(rowsOf(array(7)))).toEqual([[7]]);
  });
  it('rowsOf(3-d) keeps axis 0 as rows and flattens the rest, like x.reshape(N, -1)', () => {
    expect(
      grid(
        rowsOf(
          array([
            [
              [1, 2],
              [3, 4],
            ],
            [
              [5, 6],
              [7, 8],
            ],
          ]),
        ),
      ),
    ).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ]);
  });
});

describe('axis0Rows', () => {
  it('axis0Rows(vector) is one column, as np.sum(v, axis=0) sums every element', () => {
    expect(grid(axis0Rows(array([1, 2, 3])))).toEqual([[1], [2], [3]]);
  });
  it('axis0Rows(matrix) is the matrix', () => {
    expect(
      grid(
        axis0Rows(
          array([
            [1, 2, 3],
            [4, 5, 6],
          ]),
        ),
      ),
    ).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
  });
});

describe('broadcastAt', () => {
  const at = (b: Parameters<typeof broadcastAt>[0], shape: number[]) =>
    Array.from({ length: shape[0] * shape[1] }, (_, k) => broadcastAt(b, shape, k));
  it('a (3,) b is repeated on every row of a (2, 3) array', () => {
    expect(at(array([1, 2, 3]), [2, 3])).toEqual([1, 2, 3, 1, 2, 3]);
  });
  it('a (2, 1) b is repeated along each row, a (1, 3) b down each column', () => {
    expect(at(array([[1], [2]]), [2, 3])).toEqual([1, 1, 1, 2, 2, 2]);
    expect(at(array([[1, 2, 3]]), [2, 3])).toEqual([1, 2, 3, 1, 2, 3]);
  });
  it('a 0-d or (1,) b is added everywhere, a (2, 3) b element by element', () => {
    expect(at(array(5), [2, 3])).toEqual([5, 5, 5, 5, 5, 5]);
    expect(at(array([5]), [2, 3])).toEqual([5, 5, 5, 5, 5, 5]);
    expect(
      at(
        array([
          [1, 2, 3],
          [4, 5, 6],
        ]),
        [2, 3],
      ),
    ).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('flatIndexLabel', () => {
  it('spells the index of a flat position as NumPy indexes it', () => {
    expect(flatIndexLabel([2, 3], 4)).toBe('[1, 1]');
    expect(flatIndexLabel([10], 7)).toBe('[7]');
    expect(flatIndexLabel([2, 2, 2], 5)).toBe('[1, 0, 1]');
    expect(flatIndexLabel([], 0)).toBe('[]');
  });
});

describe('pointSample', () => {
  it('takes every position when there are few', () => {
    expect(pointSample(4, 10)).toEqual([0, 1, 2, 3]);
  });
  it('takes `max` distinct, increasing, evenly spread positions when there are more', () => {
    const picks = pointSample(4096, 1024);
    expect(picks).toHaveLength(1024);
    expect(new Set(picks).size).toBe(1024);
    expect(picks[0]).toBe(0);
    expect(picks[1]).toBe(4);
    expect(picks.at(-1)).toBeLessThan(4096);
  });
});

describe('shownNote', () => {
  it('says how much is shown only when something is left out', () => {
    expect(shownNote(4, 4, 'rows')).toBe('');
    expect(shownNote(4, 64, 'rows')).toBe('first 4 of 64 rows');
  });
});
