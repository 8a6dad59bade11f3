import { describe, expect, it } from 'vitest';
import { addBias, allFinite, columnSumsInto } from '../../../src/engine/net/kernels';

describe('kernels', () => {
  it('allFinite(a) is false as soon as one value is nan or ±inf', () => {
    expect(allFinite(Float64Array.from([1, -0, 1e308]))).toBe(true);
    expect(allFinite(Float64Array.from([1, NaN]))).toBe(false);
    expect(allFinite(Float64Array.from([-Infinity]))).toBe(false);
  });

  it('addBias(out, b, m, n) adds b to every row', () => {
    const out = Float64Array.from([1, 2, 3, 4, 5, 6]);
    addBias(out, Float64Array.from([10, 20, 30]), 2, 3);
    expect(Array.from(out)).toEqual([11, 22, 33, 14, 25, 36]);
  });

  it('columnSumsInto(out, d, m, n) is np.sum(d, axis=0), including +0 for a column of -0', () => {
    const out = new Float64Array(2).fill(9);
    columnSumsInto(out, Float64Array.from([-0, 1, -0, 2, -0, 3]), 3, 2);
    expect(Object.is(out[0], 0)).toBe(true);
    expect(out[1]).toBe(6);
  });
});
