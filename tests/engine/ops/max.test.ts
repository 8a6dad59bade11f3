import { describe, expect, it } from 'vitest';
import { array, max, tensor, toNested } from '../../../src/engine';

describe('max', () => {
  it('max(x) of the whole array and max(x, axis) along one axis keep the dtype', () => {
    const x = array([
      [1, 5, 2],
      [7, 0, 3],
    ]);
    expect(max(x).data[0]).toBe(7);
    expect(max(x).shape).toEqual([]);
    expect(toNested(max(x, 0))).toEqual([7, 5, 3]);
    expect(toNested(max(x, 1))).toEqual([5, 7]);
    expect(max(x, 1).dtype).toBe('int64');
    expect(max(array([true, false])).dtype).toBe('bool');
  });
  it('max is nan wherever a group holds a nan, wherever it sits', () => {
    expect(Number.isNaN(max(array([1, NaN, 3])).data[0])).toBe(true);
    expect(Number.isNaN(max(array([NaN, 1, 3])).data[0])).toBe(true);
    expect(toNested(max(array([[NaN, 1.5]]), 0))).toEqual([NaN, 1.5]);
  });
  it('max over an empty axis raises NumPy’s zero-size ValueError, but not over a non-empty one', () => {
    expect(() => max(array([]))).toThrow(
      'zero-size array to reduction operation maximum which has no identity',
    );
    expect(() => max(tensor([0, 0], 'float64', new Float64Array(0)), 1)).toThrow(/zero-size array/);
    expect(max(tensor([3, 0], 'float64', new Float64Array(0)), 0).shape).toEqual([0]);
  });
});
