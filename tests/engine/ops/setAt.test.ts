import { describe, expect, it } from 'vitest';
import { arange, array, NumpyError, pyInt, setAt, toNested } from '../../../src/engine';

describe('setAt', () => {
  it('setAt(dout, [mask], 0) is dout[mask] = 0 on a copy: dout itself is untouched', () => {
    const dout = array([
      [1.0, -0.5],
      [-2.0, 3.0],
    ]);
    const mask = array([
      [false, true],
      [true, false],
    ]);
    expect(toNested(setAt(dout, [mask], pyInt(0)))).toEqual([
      [1, 0],
      [0, 3],
    ]);
    expect(toNested(dout)).toEqual([
      [1.0, -0.5],
      [-2.0, 3.0],
    ]);
  });
  it('setAt casts the value to x’s dtype and writes once per repeated index', () => {
    expect(setAt(array([1, 2]), [array([true, false])], 0.7).data[0]).toBe(0);
    const r = setAt(array([[0.0, 0.0, 0.0]], 'float64'), [arange(1), array([[0, 0]])], array([[5.0, 6.0]]));
    expect(toNested(r)).toEqual([[6, 0, 0]]);
  });
  it('setAt with an int index sets whole rows; a 0-d True mask sets everything', () => {
    expect(
      toNested(
        setAt(
          array([
            [1, 2],
            [3, 4],
            [5, 6],
          ]),
          [array([0, 2])],
          pyInt(0),
        ),
      ),
    ).toEqual([
      [0, 0],
      [3, 4],
      [0, 0],
    ]);
    expect(toNested(setAt(array([1, 2]), [array(true)], pyInt(9)))).toEqual([9, 9]);
  });
  it('setAt raises NumPy’s errors for a mismatched mask or value', () => {
    expect(() => setAt(array([1, 2, 3]), [array([true, false])], pyInt(0))).toThrow(
      'boolean index did not match indexed array along axis 0; size of axis is 3 but size of corresponding boolean axis is 2',
    );
    expect(() => setAt(array([1.5, 2, 3]), [array([0, 1])], array([1.5, 2, 3]))).toThrow(NumpyError);
    expect(() => setAt(array([1.5, 2, 3]), [array([0, 1])], array([1.5, 2, 3]))).toThrow(
      'shape mismatch: value array of shape (3,) could not be broadcast to indexing result of shape (2,)',
    );
    expect(() => setAt(array([1, 2]), [array([0])], NaN)).toThrow('cannot convert float NaN to integer');
  });
});
