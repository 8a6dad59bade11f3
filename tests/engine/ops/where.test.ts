import { describe, expect, it } from 'vitest';
import { array, pyInt, toNested, where } from '../../../src/engine';

describe('where', () => {
  it('where(cond, a, b) picks per element, broadcasting all three and promoting a with b', () => {
    const r = where(array([true, false]), array([1, 2]), 0.5);
    expect(r.dtype).toBe('float64');
    expect(toNested(r)).toEqual([1, 0.5]);
    expect(toNested(where(array([1.5, 0]), pyInt(1), pyInt(2)))).toEqual([1, 2]);
    expect(where(array([1.5, 0]), pyInt(1), pyInt(2)).dtype).toBe('int64');
  });
  it('where raises NumPy’s broadcast error listing all three shapes', () => {
    expect(() => where(array([true, false]), array([1, 2, 3]), array([1, 2, 3, 4]))).toThrow(
      'operands could not be broadcast together with shapes (2,) (3,) (4,) ',
    );
  });
});
