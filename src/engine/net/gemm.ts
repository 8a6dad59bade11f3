import { simdGemmBlocks } from './simdGemm';

/** Rows of a row-major A per slab: about a million values (8 MB), a multiple of 4. */
function slabRows(k: number): number {
  return Math.max(4, 4 * Math.floor(2 ** 20 / Math.max(1, k) / 4));
}

/**
 * out (m×n) = A (m×k) · B (k×n) for Float64 buffers addressed through strides, so transposes cost
 * nothing: A[i, kk] is `a[i * aRow + kk * aCol]`, B[kk, j] is `b[kk * bRow + j * bCol]`.
 *
 * Each output is one running sum over kk in ascending order, starting from +0: the order of the
 * textbook triple loop, so the result depends neither on the blocking nor on which kernel ran.
 * Outputs are computed 4×4 at a time (in WebAssembly SIMD when available and B's columns are
 * contiguous, else in JavaScript locals), the ragged edges one by one.
 * With `skipZeros`, a step where all four A values are 0 is skipped: exact when B is finite, because
 * a running sum that starts at +0 never becomes -0, so adding ±0 never changes it.
 */
export function gemmInto(
  out: Float64Array,
  a: Float64Array,
  aRow: number,
  aCol: number,
  b: Float64Array,
  bRow: number,
  bCol: number,
  m: number,
  k: number,
  n: number,
  skipZeros: boolean,
): void {
  if (aCol === 1 && m > slabRows(k)) {
    // Rows of out are independent: do a tall row-major A (a whole test set) a slab at a time, so the
    // SIMD kernel's copy of it stays small.
    const rows = slabRows(k);
    for (let start = 0; start < m; start += rows) {
      const count = Math.min(rows, m - start);
      const slab = a.subarray(start * aRow, start * aRow + (count - 1) * aRow + k);
      gemmInto(
        out.subarray(start * n, (start + count) * n),
        slab,
        aRow,
        1,
        b,
        bRow,
        bCol,
        count,
        k,
        n,
        skipZeros,
      );
    }
    return;
  }
  const m4 = m - (m % 4);
  let covered = bCol === 1 ? simdGemmBlocks(out, a, aRow, aCol, b, bRow, m4, k, n, skipZeros) : 0;
  if (covered === 0) {
    gemmBlocksJs(out, a, aRow, aCol, b, bRow, bCol, m, k, n, skipZeros);
    covered = n - (n % 4);
  }
  gemmEdges(out, a, aRow, aCol, b, bRow, bCol, m, k, n, covered, skipZeros);
}

/** The 4×4 blocks in JavaScript: 16 sums in locals, 8 loads per 16 multiply-adds. */
export function gemmBlocksJs(
  out: Float64Array,
  a: Float64Array,
  aRow: number,
  aCol: number,
  b: Float64Array,
  bRow: number,
  bCol: number,
  m: number,
  k: number,
  n: number,
  skipZeros: boolean,
): void {
  const m4 = m - (m % 4);
  const n4 = n - (n % 4);
  for (let i = 0; i < m4; i += 4) {
    const r0 = i * aRow;
    const r1 = r0 + aRow;
    const r2 = r1 + aRow;
    const r3 = r2 + aRow;
    for (let j = 0; j < n4; j += 4) {
      let s00 = 0,
        s01 = 0,
        s02 = 0,
        s03 = 0;
      let s10 = 0,
        s11 = 0,
        s12 = 0,
        s13 = 0;
      let s20 = 0,
        s21 = 0,
        s22 = 0,
        s23 = 0;
      let s30 = 0,
        s31 = 0,
        s32 = 0,
        s33 = 0;
      let pa = 0;
      let pb = j * bCol;
      for (let kk = 0; kk < k; kk++, pa += aCol, pb += bRow) {
        const x0 = a[r0 + pa];
        const x1 = a[r1 + pa];
        const x2 = a[r2 + pa];
        const x3 = a[r3 + pa];
        if (skipZeros && x0 === 0 && x1 === 0 && x2 === 0 && x3 === 0) continue;
        const y0 = b[pb];
        const y1 = b[pb + bCol];
        const y2 = b[pb + 2 * bCol];
        const y3 = b[pb + 3 * bCol];
        s00 += x0 * y0;
        s01 += x0 * y1;
        s02 += x0 * y2;
        s03 += x0 * y3;
        s10 += x1 * y0;
        s11 += x1 * y1;
        s12 += x1 * y2;
        s13 += x1 * y3;
        s20 += x2 * y0;
        s21 += x2 * y1;
        s22 += x2 * y2;
        s23 += x2 * y3;
        s30 += x3 * y0;
        s31 += x3 * y1;
        s32 += x3 * y2;
        s33 += x3 * y3;
      }
      let o = i * n + j;
      out[o] = s00;
      out[o + 1] = s01;
      out[o + 2] = s02;
      out[o + 3] = s03;
      o += n;
      out[o] = s10;
      out[o + 1] = s11;
      out[o + 2] = s12;
      out[o + 3] = s13;
      o += n;
      out[o] = s20;
      out[o + 1] = s21;
      out[o + 2] = s22;
      out[o + 3] = s23;
      o += n;
      out[o] = s30;
      out[o + 1] = s31;
      out[o + 2] = s32;
      out[o + 3] = s33;
    }
  }
}

/** The ragged edges: columns from `covered` on in the first m - m % 4 rows, then every later row. */
function gemmEdges(
  out: Float64Array,
  a: Float64Array,
  aRow: number,
  aCol: number,
  b: Float64Array,
  bRow: number,
  bCol: number,
  m: number,
  k: number,
  n: number,
  covered: number,
  skipZeros: boolean,
): void {
  const m4 = m - (m % 4);
  for (let i = 0; i < m; i++) {
    for (let j = i < m4 ? covered : 0; j < n; j++) {
      let s = 0;
      for (let kk = 0; kk < k; kk++) {
        const x = a[i * aRow + kk * aCol];
        if (skipZeros && x === 0) continue;
        s += x * b[kk * bRow + j * bCol];
      }
      out[i * n + j] = s;
    }
  }
}
