import { describe, expect, it } from 'vitest';
import { array } from '../../src/engine';
import { curveRange, linspace } from '../../src/charts/curveRange';

describe('curveRange', () => {
  it('is ±minHalf when every value fits inside it', () => {
    expect(
      curveRange(
        array([
          [1.0, -0.5],
          [-2.0, 3.0],
        ]),
        6,
      ),
    ).toEqual([-6, 6]);
  });
  it('widens symmetrically to hold the largest magnitude with room to spare', () => {
    const [lo, hi] = curveRange(array([1, -20]), 3);
    expect(hi).toBeGreaterThan(20);
    expect(lo).toBe(-hi);
  });
  it('ignores inf and nan', () => {
    expect(curveRange(array([Infinity, NaN, 1]), 3)).toEqual([-3, 3]);
  });
});

describe('linspace', () => {
  it('linspace(lo, hi, n) includes both ends, evenly spaced', () => {
    expect(linspace(-1, 1, 5)).toEqual([-1, -0.5, 0, 0.5, 1]);
  });
});
