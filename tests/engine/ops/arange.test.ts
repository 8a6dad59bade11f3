import { describe, expect, it } from 'vitest';
import { arange, toNested } from '../../../src/engine';

describe('arange', () => {
  it('arange(n) is int64 0..n-1, and empty for n <= 0', () => {
    expect(arange(3).dtype).toBe('int64');
    expect(toNested(arange(3))).toEqual([0, 1, 2]);
    expect(arange(0).shape).toEqual([0]);
  });
});
