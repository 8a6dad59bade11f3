import { describe, expect, it } from 'vitest';
import { randomTensor } from '../../../src/components/MatrixEditor/randomFill';
import { toNested } from '../../../src/engine';

// Expected values from NumPy: np.random.seed(7) followed by the call named in each test.
describe('randomTensor', () => {
  it('gives float64 as np.round(np.random.randn(2, 3), 2), with -0. shown as 0.', () => {
    const t = randomTensor([2, 3], 'float64', 7);
    expect(t.dtype).toBe('float64');
    expect(toNested(t)).toEqual([
      [1.69, -0.47, 0.03],
      [0.41, -0.79, 0],
    ]);
  });
  it('gives int64 as np.random.randint(-5, 6, (2, 3))', () => {
    expect(toNested(randomTensor([2, 3], 'int64', 7))).toEqual([
      [-1, 4, 1],
      [-2, -2, 2],
    ]);
  });
  it('gives bool as np.random.randint(0, 2, (2, 3)).astype(bool)', () => {
    expect(toNested(randomTensor([2, 3], 'bool', 7))).toEqual([
      [true, false, true],
      [false, true, true],
    ]);
  });
  it('is reproducible for a seed and differs between seeds', () => {
    const a = randomTensor([3, 3], 'float64', 1);
    expect(Array.from(randomTensor([3, 3], 'float64', 1).data)).toEqual(Array.from(a.data));
    expect(Array.from(randomTensor([3, 3], 'float64', 2).data)).not.toEqual(Array.from(a.data));
  });
  it('fills 0-d and 1-D shapes too', () => {
    expect(randomTensor([], 'float64', 0).shape).toEqual([]);
    expect(randomTensor([4], 'int64', 0).shape).toEqual([4]);
  });
});
