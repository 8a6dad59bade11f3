import { describe, expect, it } from 'vitest';
import { array, equal, greater, greaterEqual, less, lessEqual, pyInt, toNested } from '../../../src/engine';

describe('comparisons', () => {
  it('lessEqual(x, 0) is the seed’s mask (x <= 0) and is False for nan', () => {
    expect(toNested(lessEqual(array([1.0, -0.5, 0, NaN]), pyInt(0)))).toEqual([false, true, true, false]);
  });
  it('lessEqual on bools compares False as 0 and True as 1', () => {
    expect(toNested(lessEqual(array([true, false]), pyInt(0)))).toEqual([false, true]);
  });
  it('less, greater, greaterEqual and equal broadcast and return bool', () => {
    const a = array([[1, 2, 3]]);
    const b = array([[2], [1]]);
    expect(toNested(less(a, b))).toEqual([
      [true, false, false],
      [false, false, false],
    ]);
    expect(greater(a, b).dtype).toBe('bool');
    expect(toNested(greaterEqual(a, pyInt(2)))).toEqual([[false, true, true]]);
    expect(toNested(equal(array([NaN, 1]), array([NaN, 1])))).toEqual([false, true]);
    expect(() => less(array([1, 2]), array([1, 2, 3]))).toThrow(
      'operands could not be broadcast together with shapes (2,) (3,) ',
    );
  });
});
