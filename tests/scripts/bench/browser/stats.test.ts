import { describe, expect, it } from 'vitest';
import { percentile, percentileBelow } from '../../../../scripts/bench/browser/stats';

describe('percentile', () => {
  it('percentile(values, q) is the nearest-rank value, whatever the order', () => {
    expect(percentile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(percentile([5, 1, 4, 2, 3], 0.95)).toBe(5);
    expect(percentile([], 0.5)).toBeNaN();
  });
});

describe('percentileBelow', () => {
  it('ranks the values only known to be under the threshold (null) lowest', () => {
    expect(percentileBelow([null, 24, null, 16], 0.5)).toBeNull();
    expect(percentileBelow([null, 24, null, 16], 0.75)).toBe(16);
    expect(percentileBelow([null, 24, null, 16], 0.95)).toBe(24);
  });
  it('is the plain percentile when every value is known, and null when none is', () => {
    expect(percentileBelow([40, 32, 48], 0.5)).toBe(percentile([40, 32, 48], 0.5));
    expect(percentileBelow([null, null], 0.95)).toBeNull();
    expect(percentileBelow([], 0.5)).toBeNaN();
  });
});
