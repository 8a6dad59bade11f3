import { describe, expect, it } from 'vitest';
import { NumpyError } from '../../../src/engine';
import { shapeOfSize } from '../../../src/engine/random/size';

describe('shapeOfSize', () => {
  it('shapeOfSize(undefined) is the 0-d shape, a number a 1-d shape, an array itself', () => {
    expect(shapeOfSize(undefined, 'op')).toEqual([]);
    expect(shapeOfSize(4, 'op')).toEqual([4]);
    expect(shapeOfSize([2, 0, 3], 'op')).toEqual([2, 0, 3]);
  });

  it('a negative dimension is a ValueError naming the operation', () => {
    expect(() => shapeOfSize([2, -1], 'np.random.rand')).toThrow(NumpyError);
    try {
      shapeOfSize([2, -1], 'np.random.rand');
    } catch (e) {
      expect((e as NumpyError).op).toBe('np.random.rand');
      expect((e as NumpyError).kind).toBe('ValueError');
    }
  });

  it('a fractional dimension is a TypeError, as in Python', () => {
    expect(() => shapeOfSize(2.5, 'np.random.rand')).toThrow(/'float' object cannot be interpreted/);
  });

  it('does not hand back the array it was given', () => {
    const size = [1, 2];
    expect(shapeOfSize(size, 'op')).not.toBe(size);
  });
});
