import { describe, expect, it } from 'vitest';
import { arange, array, NumpyError, take, tensor, toNested } from '../../../src/engine';

const y = array([
  [0.1, 0.9],
  [0.7, 0.3],
]);

describe('take', () => {
  it('take(y, [arange(2), t]) picks y[i, t[i]], as cross_entropy_error does', () => {
    expect(toNested(take(y, [arange(2), array([1, 0])]))).toEqual([0.9, 0.7]);
  });
  it('take broadcasts arange against a (1,2) t, the seed’s slip', () => {
    const r = take(y, [arange(2), array([[0, 1]])]);
    expect(r.shape).toEqual([1, 2]);
    expect(toNested(r)).toEqual([[0.1, 0.3]]);
  });
  it('take counts negative labels from the end and keeps trailing axes', () => {
    expect(toNested(take(y, [arange(2), array([-1, -2])]))).toEqual([0.9, 0.7]);
    const cube = tensor(
      [2, 2, 3],
      'float64',
      Float64Array.from({ length: 12 }, (_, i) => i),
    );
    expect(take(cube, [arange(2), array([0, 1])]).shape).toEqual([2, 3]);
  });
  it('take raises NumPy’s IndexErrors, in NumPy’s order of checks', () => {
    const expectIndexError = (call: () => unknown, message: string) => {
      expect(call).toThrow(NumpyError);
      expect(call).toThrow(message);
    };
    expectIndexError(
      () => take(y, [arange(2), array([5, 0])]),
      'index 5 is out of bounds for axis 1 with size 2',
    );
    expectIndexError(
      () => take(y, [arange(2), array([-3, 0])]),
      'index -3 is out of bounds for axis 1 with size 2',
    );
    expectIndexError(
      () => take(y, [arange(2), array([0, 0, 0])]),
      'shape mismatch: indexing arrays could not be broadcast together with shapes (2,) (3,) ',
    );
    expectIndexError(
      () => take(y, [arange(3), array([[5], [1]])]),
      'index 2 is out of bounds for axis 0 with size 2',
    );
    expectIndexError(
      () => take(y, [arange(2), array([1.0, 0.5])]),
      'arrays used as indices must be of integer (or boolean) type',
    );
    expectIndexError(
      () => take(array([0.5, 0.5]), [arange(2), array([0, 1])]),
      'too many indices for array: array is 1-dimensional, but 2 were indexed',
    );
    expectIndexError(
      () => take(y, [arange(2), array([true, false, true])]),
      'boolean index did not match indexed array along axis 1; size of axis is 2 but size of corresponding boolean axis is 3',
    );
  });
  it('take reads a bool index as its True positions, and a 0-d True as a new length-1 axis', () => {
    expect(toNested(take(y, [array([false, true])]))).toEqual([[0.7, 0.3]]);
    expect(take(y, [arange(2), array(true)]).shape).toEqual([2, 2]);
    expect(take(y, [arange(2), array([true, false])]).shape).toEqual([2]);
  });
});
