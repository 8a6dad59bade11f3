import { describe, expect, it } from 'vitest';
import { array, NumpyError, tensor } from '../../../src/engine';
import { checkBatch, flatTeacher } from '../../../src/engine/net/teacher';

const catchError = (f: () => unknown): NumpyError => {
  try {
    f();
  } catch (e) {
    return e as NumpyError;
  }
  throw new Error('expected a throw');
};

describe('checkBatch', () => {
  it('returns N for x of shape (N, input), flattening higher dimensions as Affine does', () => {
    expect(checkBatch(tensor([3, 4], 'float64', new Float64Array(12)), 4, 2, 'op')).toBe(3);
    expect(checkBatch(tensor([3, 2, 2], 'float64', new Float64Array(12)), 4, 2, 'op')).toBe(3);
  });

  it('a 1-D x becomes (n, 1) and fails to align, with np.dot’s message', () => {
    const e = catchError(() => checkBatch(array([1, 2, 3, 4]), 4, 3, 'op'));
    expect(e.kind).toBe('ValueError');
    expect(e.message).toBe('shapes (4,1) and (4,3) not aligned: 1 (dim 1) != 4 (dim 0)');
  });

  it('a 0-d x has no shape[0]: IndexError', () => {
    expect(catchError(() => checkBatch(array(1.5), 1, 1, 'op')).message).toBe('tuple index out of range');
  });
});

describe('flatTeacher', () => {
  it('a t with as many values as the scores is one-hot and used as is', () => {
    const t = array([
      [0, 1],
      [1, 0],
    ]);
    expect(flatTeacher(t, 2, 2, 'op')).toEqual({ oneHot: true, data: t.data });
  });

  it('labels count from the end when negative, as NumPy indexing does', () => {
    expect(Array.from(flatTeacher(array([-1, 0, 2]), 3, 3, 'op').data)).toEqual([2, 0, 2]);
  });

  it('NumPy’s IndexErrors: out-of-range label, float labels, wrong count', () => {
    expect(catchError(() => flatTeacher(array([0, 5]), 2, 3, 'op')).message).toBe(
      'index 5 is out of bounds for axis 1 with size 3',
    );
    expect(catchError(() => flatTeacher(array([0, -4]), 2, 3, 'op')).message).toBe(
      'index -4 is out of bounds for axis 1 with size 3',
    );
    expect(catchError(() => flatTeacher(array([0.0, 1.5]), 2, 3, 'op')).message).toBe(
      'arrays used as indices must be of integer (or boolean) type',
    );
    expect(catchError(() => flatTeacher(array([0, 1, 2]), 2, 3, 'op')).message).toBe(
      'shape mismatch: indexing arrays could not be broadcast together with shapes (2,) (3,) ',
    );
  });

  it('shapes the fast path does not take (bool or 2-D labels) are refused by name', () => {
    expect(() => flatTeacher(array([true, false]), 2, 3, 'twoLayerNet.loss')).toThrow(
      /twoLayerNet.loss: t must be/,
    );
    expect(() => flatTeacher(array([[0], [1]]), 2, 3, 'op')).toThrow(RangeError);
  });
});
