/** Below this many elements NumPy's pairwise sum stops splitting (PW_BLOCKSIZE). */
const BLOCK = 128;

/**
 * The float64 sum of `n` values of `data` starting at `start`, `stride` apart, added in exactly the order
 * NumPy's pairwise summation adds them: under 8 values one by one; up to 128 values in 8 interleaved
 * accumulators combined as a tree; above that, split in two at a multiple of 8 and recurse. Matching
 * the order makes sums along a contiguous axis bit-identical to NumPy's.
 */
export function pairwiseSum(data: Float64Array, start: number, n: number, stride: number): number {
  if (n < 8) {
    let res = -0;
    for (let i = 0; i < n; i++) res += data[start + i * stride];
    return res;
  }
  if (n <= BLOCK) {
    let r0 = data[start];
    let r1 = data[start + stride];
    let r2 = data[start + 2 * stride];
    let r3 = data[start + 3 * stride];
    let r4 = data[start + 4 * stride];
    let r5 = data[start + 5 * stride];
    let r6 = data[start + 6 * stride];
    let r7 = data[start + 7 * stride];
    const end = n - (n % 8);
    let i = 8;
    for (; i < end; i += 8) {
      const p = start + i * stride;
      r0 += data[p];
      r1 += data[p + stride];
      r2 += data[p + 2 * stride];
      r3 += data[p + 3 * stride];
      r4 += data[p + 4 * stride];
      r5 += data[p + 5 * stride];
      r6 += data[p + 6 * stride];
      r7 += data[p + 7 * stride];
    }
    // ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)); the formatter drops the redundant parentheses.
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) res += data[start + i * stride];
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSum(data, start, n2, stride) + pairwiseSum(data, start + n2 * stride, n - n2, stride);
}
