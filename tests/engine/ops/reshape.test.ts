import { describe, expect, it } from 'vitest';
import { array, NumpyError, reshape, tensor } from '../../../src/engine';

const zeros = (...shape: number[]) =>
  tensor(shape, 'float64', new Float64Array(shape.reduce((p, d) => p * d, 1)));

describe('reshape', () => {
  it('reshape(x, [x.shape[0], -1]) turns a 1-D (2,) into (2, 1), as the seed’s Affine does', () => {
    expect(reshape(array([0.3, 0.7]), [2, -1]).shape).toEqual([2, 1]);
    expect(reshape(zeros(2, 3, 4), [2, -1]).shape).toEqual([2, 12]);
  });
  it('reshape raises NumPy’s errors, printing the unknown dimension as newaxis', () => {
    expect(() => reshape(zeros(3, 2), [4, -1])).toThrow(
      'cannot reshape array of size 6 into shape (4,newaxis)',
    );
    expect(() => reshape(zeros(6), [4, 2])).toThrow('cannot reshape array of size 6 into shape (4,2)');
    expect(() => reshape(zeros(6), [4])).toThrow('cannot reshape array of size 6 into shape (4,)');
    expect(() => reshape(zeros(6), [-1, -1])).toThrow('can only specify one unknown dimension');
    expect(() => reshape(zeros(0, 3), [0, -1])).toThrow(
      'cannot reshape array of size 0 into shape (0,newaxis)',
    );
    expect(() => reshape(zeros(1), [2, 2])).toThrow(NumpyError);
  });
  it('reshape keeps the values, the dtype and x itself', () => {
    const x = array([1, 2, 3, 4]);
    const r = reshape(x, [2, 2]);
    expect(r.dtype).toBe('int64');
    expect(Array.from(r.data)).toEqual([1, 2, 3, 4]);
    expect(x.shape).toEqual([4]);
    expect(reshape(zeros(2, 0), [2, -1]).shape).toEqual([2, 0]);
    expect(reshape(zeros(1), []).shape).toEqual([]);
  });
});
