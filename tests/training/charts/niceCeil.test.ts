import { describe, expect, it } from 'vitest';
import { niceCeil } from '../../../src/training/charts/niceCeil';

describe('niceCeil', () => {
  it('rounds up to 1, 2, 3 or 5 times a power of ten', () => {
    expect([101, 201, 2161, 2.302, 0.31, 4999, 5001].map((v) => niceCeil(v, 1e-9))).toEqual([
      200, 300, 3000, 3, 0.5, 5000, 10000,
    ]);
  });

  it('keeps a value that is already round, without float noise', () => {
    expect([3000, 0.3, 0.05, 1].map((v) => niceCeil(v, 1e-9))).toEqual([3000, 0.3, 0.05, 1]);
  });

  it('never goes below the floor, and falls back to it for 0, NaN and ±Infinity', () => {
    expect(niceCeil(12, 100)).toBe(100);
    expect([0, NaN, Infinity, -Infinity].map((v) => niceCeil(v, 0.5))).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it('refuses a floor that is not a positive finite number', () => {
    expect(() => niceCeil(5, 0)).toThrow('niceCeil: the floor must be a positive finite number, got 0');
  });
});
