/**
 * Small Float64 loops for the two-layer net's fast training path (the matrix product is in gemm.ts).
 * Each writes into a buffer its caller just allocated, never into an input.
 */

/** True when every value is finite (then 0 * value is ±0 and gemm may skip zero terms). */
export function allFinite(a: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) return false;
  return true;
}

/** out (m×n) += bias (n) on every row: the `+ self.b` of Affine.forward. */
export function addBias(out: Float64Array, bias: Float64Array, m: number, n: number): void {
  for (let i = 0; i < m; i++) {
    const o = i * n;
    for (let j = 0; j < n; j++) out[o + j] += bias[j];
  }
}

/** out (n) = the column sums of d (m×n), `np.sum(d, axis=0)`, adding rows in order. */
export function columnSumsInto(out: Float64Array, d: Float64Array, m: number, n: number): void {
  out.fill(0);
  for (let i = 0; i < m; i++) {
    const o = i * n;
    for (let j = 0; j < n; j++) out[j] += d[o + j];
  }
}
