import { describe, expect, it } from 'vitest';
import { argmax, array, tensor, toNested } from '../../../src/engine';

describe('argmax', () => {
  it('argmax(t, 1) turns one-hot rows into int64 labels, as cross_entropy_error does', () => {
    const r = argmax(
      array([
        [0, 1, 0],
        [1, 0, 0],
      ]),
      1,
    );
    expect(r.dtype).toBe('int64');
    expect(toNested(r)).toEqual([1, 0]);
  });
  it('argmax picks the first of equal maxima, and the first nan beats everything', () => {
    expect(argmax(array([3, 7, 7])).data[0]).toBe(1);
    expect(argmax(array([1.0, NaN, NaN])).data[0]).toBe(1);
    expect(
      argmax(
        array([
          [2, 9],
          [4, 1],
        ]),
        0,
      ).data[1],
    ).toBe(0);
  });
  it('argmax raises NumPy’s errors for an empty axis and a missing axis', () => {
    expect(() => argmax(array([]))).toThrow('attempt to get argmax of an empty sequence');
    expect(() => argmax(array([1, 2]), 1)).toThrow('axis 1 is out of bounds for array of dimension 1');
    expect(argmax(tensor([0, 2], 'float64', new Float64Array(0)), 1).shape).toEqual([0]);
  });
});
