import { describe, expect, it } from 'vitest';
import { paddedRange, PLOTLY_LIMIT, stackedRange } from '../../src/charts/valueRange';

describe('paddedRange', () => {
  it('spans the finite values of every group with 6% of room on each side', () => {
    const [lo, hi] = paddedRange([0, 10], [null, -5, Infinity], [NaN]);
    expect(lo).toBeCloseTo(-5.9, 12);
    expect(hi).toBeCloseTo(10.9, 12);
  });
  it('puts ±0.5 around a single value, and is [-1, 1] with nothing to hold', () => {
    expect(paddedRange([3, 3])).toEqual([2.5, 3.5]);
    expect(paddedRange()).toEqual([-1, 1]);
    expect(paddedRange([NaN, null])).toEqual([-1, 1]);
  });
});

describe('stackedRange', () => {
  it('holds each position’s positive segments stacked up from 0 and its negative ones stacked down', () => {
    // Position 0: 3 + 4 up, -2 down; position 1: -1 + -6 down.
    const [lo, hi] = stackedRange([
      [3, -1],
      [4, -6],
      [-2, 0],
    ]);
    const room = (7 - -7) * 0.06;
    expect(lo).toBeCloseTo(-7 - room, 12);
    expect(hi).toBeCloseTo(7 + room, 12);
  });
  it('always holds 0, where the bars start, and the marks drawn beside them', () => {
    const [lo, hi] = stackedRange([[2, 3]], [5]);
    expect(lo).toBeLessThan(0);
    expect(hi).toBeGreaterThan(5);
  });
  it('leaves out values that are not finite, as Plotly leaves out their bars', () => {
    expect(stackedRange([[Infinity, 1]], [NaN])).toEqual(paddedRange([0, 1]));
  });
});

describe('ranges of huge values', () => {
  it('end at the largest magnitude Plotly draws, never at inf (values up to ±MAX_VALUE)', () => {
    const range = paddedRange([-1e308, 1e308, Number.MAX_VALUE]);
    expect(range).toEqual([-PLOTLY_LIMIT, PLOTLY_LIMIT]);
    expect(paddedRange([0, 1e300])[1]).toBeGreaterThan(1e300);
  });
  it('hold a stack whose sum overflows to inf up to that edge', () => {
    expect(stackedRange([[1e308], [1e308]])[1]).toBe(PLOTLY_LIMIT);
    expect(stackedRange([[-1e308], [-1e308]])[0]).toBe(-PLOTLY_LIMIT);
  });
});
