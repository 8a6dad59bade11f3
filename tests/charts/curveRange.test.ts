import { describe, expect, it } from 'vitest';
import { array } from '../../src/engine';
import { curveRange, linspace } from '../../src/charts/curveRange';
import { PLOTLY_LIMIT } from '../../src/charts/valueRange';

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
  it('spans at most what Plotly draws, with finite samples across it, for an x of 1e308', () => {
    const [lo, hi] = curveRange(array([1e308, -1]), 3);
    expect(hi).toBe(PLOTLY_LIMIT);
    expect(linspace(lo, hi, 5)).toEqual([
      -PLOTLY_LIMIT,
      -PLOTLY_LIMIT / 2,
      0,
      PLOTLY_LIMIT / 2,
      PLOTLY_LIMIT,
    ]);
  });
});

describe('linspace', () => {
  it('stays finite across the widest span a float64 holds', () => {
    expect(linspace(-Number.MAX_VALUE / 2, Number.MAX_VALUE / 2, 3)).toEqual([
      -Number.MAX_VALUE / 2,
      0,
      Number.MAX_VALUE / 2,
    ]);
  });
  it('linspace(lo, hi, n) includes both ends, evenly spaced', () => {
    expect(linspace(-1, 1, 5)).toEqual([-1, -0.5, 0, 0.5, 1]);
  });
});
