import { describe, expect, it } from 'vitest';
import { array } from '../../src/engine';
import { softmaxTargets } from '../../src/charts/softmaxTargets';

const y = array([
  [0.8, 0.2],
  [0.1, 0.9],
]);

describe('softmaxTargets', () => {
  it('reads a one-hot t (same shape as y) as the argmax of each row', () => {
    expect(
      softmaxTargets(
        y,
        array([
          [0, 1],
          [1, 0],
        ]),
      ),
    ).toEqual([1, 0]);
  });
  it("reads the seed's t = [[0, 1]] as labels, one per row, as y[np.arange(2), t] does", () => {
    expect(softmaxTargets(y, array([[0, 1]]))).toEqual([0, 1]);
  });
  it('reads a (N,) int t as labels and counts negative labels from the end', () => {
    expect(softmaxTargets(y, array([1, -1]))).toEqual([1, 1]);
  });
  it('reads a 1-d y as one row, with a one-hot or one-label t', () => {
    expect(softmaxTargets(array([0.2, 0.3, 0.5]), array([0, 0, 1]))).toEqual([2]);
    expect(softmaxTargets(array([0.2, 0.3, 0.5]), array([1]))).toEqual([1]);
  });
  it('gives null for labels out of range, float labels, or a t that fits neither reading', () => {
    expect(softmaxTargets(y, array([0, 2]))).toBeNull();
    expect(softmaxTargets(y, array([0, 1], 'float64'))).toBeNull();
    expect(softmaxTargets(y, array([0, 1, 0]))).toBeNull();
    expect(softmaxTargets(y, array([[0], [1], [0], [1]]))).toBeNull();
  });
});
