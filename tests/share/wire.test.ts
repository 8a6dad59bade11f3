import { describe, expect, it } from 'vitest';
import { array, tensor } from '../../src/engine';
import { matrixFromWire, matrixToWire } from '../../src/share/wire';

describe('matrixToWire / matrixFromWire', () => {
  it('tags NaN, ±inf and -0 in float64 and leaves other numbers as they are', () => {
    const t = tensor([5], 'float64', Float64Array.from([NaN, Infinity, -Infinity, -0, 0.1]));
    expect(matrixToWire(t)).toEqual({
      shape: [5],
      dtype: 'float64',
      data: ['nan', 'inf', '-inf', '-0', 0.1],
    });
    const back = matrixFromWire(matrixToWire(t));
    expect(Object.is(back.data[3], -0)).toBe(true);
    expect(Number.isNaN(back.data[0])).toBe(true);
  });
  it('writes bool as 0/1 and int64 without a -0', () => {
    expect(matrixToWire(array([true, false])).data).toEqual([1, 0]);
    const ints = matrixToWire(tensor([1], 'int64', Float64Array.from([-0])));
    expect(Object.is(ints.data[0], 0)).toBe(true);
  });
  it('keeps a 0-d shape', () => {
    expect(matrixFromWire(matrixToWire(array(3.5))).shape).toEqual([]);
  });
});
