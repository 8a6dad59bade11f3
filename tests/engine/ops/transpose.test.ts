import { describe, expect, it } from 'vitest';
import { array, tensor, toNested, transpose } from '../../../src/engine';

describe('transpose', () => {
  it('transpose(x) is x.T: axes reversed, 1-D unchanged', () => {
    expect(
      toNested(
        transpose(
          array([
            [1, 2, 3],
            [4, 5, 6],
          ]),
        ),
      ),
    ).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
    expect(transpose(array([1, 2])).shape).toEqual([2]);
  });
  it('transpose reverses N-D axes and honours an explicit permutation', () => {
    const x = tensor(
      [2, 3, 4],
      'float64',
      Float64Array.from({ length: 24 }, (_, i) => i),
    );
    const t = transpose(x);
    expect(t.shape).toEqual([4, 3, 2]);
    expect(t.data[1]).toBe(12); // t[0,0,1] = x[1,0,0]
    const p = transpose(x, [1, 0, 2]);
    expect(p.shape).toEqual([3, 2, 4]);
    expect(p.data[4]).toBe(12); // p[0,1,0] = x[1,0,0]
    expect(() => transpose(x, [0, 0, 1])).toThrow('repeated axis in transpose');
    expect(() => transpose(x, [0, 1])).toThrow("axes don't match array");
  });
});
