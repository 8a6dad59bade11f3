import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gemmBlocksJs } from '../../../src/engine/net/gemm';
import { moduleBytes, simdAvailable, simdGemmBlocks } from '../../../src/engine/net/simdGemm';

const value = fc.oneof(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.constant(0), fc.constant(-0));

describe('simdGemmBlocks', () => {
  it('runs in Node 20 (WebAssembly SIMD is there), so the tests below exercise it', () => {
    expect(simdAvailable()).toBe(true);
  });

  it('the module stays under 4 KB, the size browsers still compile synchronously on the main thread', () => {
    expect(moduleBytes().length).toBeLessThan(4096);
  });

  it('fills the same blocks as the JavaScript loops, bit for bit (4-column blocks and the 2-column tail)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 1, max: 11 }),
        fc.boolean(),
        fc.boolean(),
        fc.array(value, { minLength: 12 * 12, maxLength: 12 * 12 }),
        fc.array(value, { minLength: 12 * 11, maxLength: 12 * 11 }),
        (blocks, k, n, transA, skip, av, bv) => {
          const m = 4 * blocks;
          const a = Float64Array.from(av.slice(0, m * k));
          const b = Float64Array.from(bv.slice(0, k * n));
          const [aRow, aCol] = transA ? [1, m] : [k, 1];
          const got = new Float64Array(m * n).fill(7);
          const covered = simdGemmBlocks(got, a, aRow, aCol, b, n, m, k, n, skip);
          expect(covered).toBe(n - (n % 2));
          const want = new Float64Array(m * n);
          gemmBlocksJs(want, a, aRow, aCol, b, n, 1, m, k, n, skip);
          // The JS blocks stop at n - n % 4; compare the columns both filled, then check the tail.
          for (let i = 0; i < m; i++) {
            for (let j = 0; j < n - (n % 4); j++)
              expect(Object.is(got[i * n + j], want[i * n + j])).toBe(true);
            for (let j = n - (n % 4); j < covered; j++) {
              let s = 0;
              for (let kk = 0; kk < k; kk++) {
                const x = a[i * aRow + kk * aCol];
                if (!(skip && x === 0)) s += x * b[kk * n + j];
              }
              expect(Object.is(got[i * n + j], s)).toBe(true);
            }
            for (let j = covered; j < n; j++) expect(got[i * n + j]).toBe(7);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('with zero-skipping off, 0 * inf gives nan as in NumPy', () => {
    const a = new Float64Array(4); // 4×1 zeros
    const b = Float64Array.from([Infinity, 1, 2, 3]); // 1×4
    const out = new Float64Array(16);
    simdGemmBlocks(out, a, 1, 4, b, 4, 4, 1, 4, false);
    expect(Number.isNaN(out[0])).toBe(true);
    expect(Object.is(out[1], 0)).toBe(true);
  });

  it('grows its memory for operands bigger than the first megabyte', () => {
    const m = 4;
    const k = 70000;
    const a = new Float64Array(m * k).fill(1);
    const b = new Float64Array(k * 2).fill(0.5);
    const out = new Float64Array(m * 2);
    expect(simdGemmBlocks(out, a, k, 1, b, 2, m, k, 2, false)).toBe(2);
    expect(Array.from(out)).toEqual(new Array(8).fill(35000));
  });

  it('does nothing (returns 0) when there is no full block of rows or columns', () => {
    expect(
      simdGemmBlocks(new Float64Array(3), new Float64Array(3), 1, 1, new Float64Array(1), 1, 0, 1, 1, false),
    ).toBe(0);
  });
});
