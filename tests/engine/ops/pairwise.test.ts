import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairwiseSum } from '../../../src/engine';

/** NumPy's pairwise_sum written as directly as possible from its definition, on a plain array. */
function reference(a: number[]): number {
  const n = a.length;
  if (n < 8) return a.reduce((s, v) => s + v, -0);
  if (n <= 128) {
    const r = a.slice(0, 8);
    let i = 8;
    for (; i < n - (n % 8); i += 8) for (let j = 0; j < 8; j++) r[j] += a[i + j];
    let res = r[0] + r[1] + (r[2] + r[3]) + (r[4] + r[5] + (r[6] + r[7]));
    for (; i < n; i++) res += a[i];
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return reference(a.slice(0, n2)) + reference(a.slice(n2));
}

describe('pairwiseSum', () => {
  it('pairwiseSum adds in NumPy’s pairwise order for any length and stride', () => {
    const values = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 700 });
    fc.assert(
      fc.property(values, fc.integer({ min: 1, max: 3 }), (a, stride) => {
        const data = new Float64Array(a.length * stride);
        a.forEach((v, i) => (data[i * stride] = v));
        expect(Object.is(pairwiseSum(data, 0, a.length, stride), reference(a))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
  it('pairwiseSum differs from left-to-right summation where rounding shows', () => {
    // np.sum(np.array([0.1 * (i + 1) for i in range(200)])) is 2010.0; adding left to right is not.
    const a = Array.from({ length: 200 }, (_, i) => 0.1 * (i + 1));
    expect(pairwiseSum(Float64Array.from(a), 0, a.length, 1)).toBe(2010);
    expect(a.reduce((s, v) => s + v, 0)).toBe(2010.0000000000002);
  });
});
