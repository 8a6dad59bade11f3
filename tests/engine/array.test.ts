import { describe, expect, it } from 'vitest';
import { array, astype, NumpyError, toNested } from '../../src/engine';

describe('array', () => {
  it('array(nested floats) infers float64 and the shape', () => {
    const t = array([
      [1.0, -0.5],
      [-2.0, 3.0],
    ]);
    expect(t.dtype).toBe('float64');
    expect(t.shape).toEqual([2, 2]);
  });
  it('array(ints) infers int64, array(bools) bool, and a bool/int mix int64', () => {
    expect(array([1, 2, 3]).dtype).toBe('int64');
    expect(array([true, false]).dtype).toBe('bool');
    expect(array([true, 2]).dtype).toBe('int64');
  });
  it('array(number) gives a 0-d tensor and array([]) shape (0,) float64', () => {
    expect(array(3).shape).toEqual([]);
    expect(array([]).shape).toEqual([0]);
    expect(array([]).dtype).toBe('float64');
    expect(array([[], []]).shape).toEqual([2, 0]);
  });
  it('array(ragged) throws NumPy’s inhomogeneous-shape ValueError', () => {
    expect(() => array([[1, 2], [3]])).toThrow(NumpyError);
    expect(() => array([[1, 2], [3]])).toThrow(/inhomogeneous shape after 1 dimensions/);
  });
  it('array(value, "int64") truncates floats toward zero, as np.array(..., dtype=int) does', () => {
    expect(toNested(array([1.7, -1.7], 'int64'))).toEqual([1, -1]);
  });
  it('toNested(t) returns booleans for a bool tensor', () => {
    expect(toNested(array([[true], [false]]))).toEqual([[true], [false]]);
  });
  it('astype(t, dtype) never mutates t', () => {
    const t = array([1.5, 0]);
    const b = astype(t, 'bool');
    expect(toNested(b)).toEqual([true, false]);
    expect(toNested(t)).toEqual([1.5, 0]);
  });
  it('a tensor is frozen', () => {
    const t = array([1, 2]);
    expect(Object.isFrozen(t)).toBe(true);
    expect(Object.isFrozen(t.shape)).toBe(true);
  });
});
