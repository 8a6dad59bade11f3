import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gemmBlocksJs, gemmInto } from '../../../src/engine/net/gemm';

/** The textbook triple loop: out[i][j] = sum over kk, ascending, from 0. */
function naive(
  a: Float64Array,
  aRow: number,
  aCol: number,
  b: Float64Array,
  bRow: number,
  bCol: number,
  m: number,
  k: number,
  n: number,
) {
  const out = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let kk = 0; kk < k; kk++) s += a[i * aRow + kk * aCol] * b[kk * bRow + j * bCol];
      out[i * n + j] = s;
    }
  }
  return out;
}

const value = fc.oneof(fc.double({ min: -10, max: 10, noNaN: true }), fc.constant(0), fc.constant(-0));

describe('gemmInto', () => {
  it('equals the textbook triple loop bit for bit, for any sizes, transposes and zero-skipping', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 11 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 11 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.array(value, { minLength: 121, maxLength: 121 }),
        fc.array(value, { minLength: 121, maxLength: 121 }),
        (m, k, n, transA, transB, skip, av, bv) => {
          const a = Float64Array.from(av.slice(0, m * k));
          const b = Float64Array.from(bv.slice(0, k * n));
          const [aRow, aCol] = transA ? [1, m] : [k, 1];
          const [bRow, bCol] = transB ? [1, k] : [n, 1];
          const out = new Float64Array(m * n).fill(7);
          gemmInto(out, a, aRow, aCol, b, bRow, bCol, m, k, n, skip);
          const want = naive(a, aRow, aCol, b, bRow, bCol, m, k, n);
          expect(Array.from(out)).toEqual(Array.from(want));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gemmBlocksJs (the fallback where WebAssembly SIMD is missing) fills the 4×4 blocks as the triple loop', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 3 }),
        fc.boolean(),
        fc.array(value, { minLength: 108, maxLength: 108 }),
        fc.array(value, { minLength: 108, maxLength: 108 }),
        (mb, k, nb, skip, av, bv) => {
          const [m, n] = [4 * mb, 4 * nb];
          const a = Float64Array.from(av.slice(0, m * k));
          const b = Float64Array.from(bv.slice(0, k * n));
          const out = new Float64Array(m * n);
          gemmBlocksJs(out, a, k, 1, b, 1, k, m, k, n, skip);
          expect(Array.from(out)).toEqual(Array.from(naive(a, k, 1, b, 1, k, m, k, n)));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('without skipping, 0 * inf is nan as in NumPy; skipping is only for finite B', () => {
    const a = Float64Array.from([0, 1, 0, 1, 0, 1, 0, 1]); // 4×2
    const b = Float64Array.from([Infinity, 1]); // 2×1
    const out = new Float64Array(4);
    gemmInto(out, a, 2, 1, b, 1, 1, 4, 2, 1, false);
    expect(Array.from(out)).toEqual([NaN, NaN, NaN, NaN]);
  });

  it('a tall row-major A (over a million values) is done in slabs with the same result', () => {
    const k = 2 ** 17;
    const m = 21; // slabs of 8 rows: 8 + 8 + 5
    const a = new Float64Array(m * k).map((_, i) => ((i * 7919) % 13) - 6);
    const b = new Float64Array(k * 3).map((_, i) => ((i * 104729) % 11) / 8);
    const out = new Float64Array(m * 3);
    gemmInto(out, a, k, 1, b, 3, 1, m, k, 3, true);
    expect(Array.from(out)).toEqual(Array.from(naive(a, k, 1, b, 3, 1, m, k, 3)));
  });

  it('a sum of zero products is +0, never -0', () => {
    const a = Float64Array.from([-0, -0, -0, -0]); // 4×1
    const b = Float64Array.from([1, 1, 1, 1]); // 1×4
    const out = new Float64Array(16);
    gemmInto(out, a, 1, 1, b, 4, 1, 4, 1, 4, false);
    for (const v of out) expect(Object.is(v, 0)).toBe(true);
  });
});
