import { tensor, type Tensor } from '../tensor';
import type { WarningSink } from '../warnings';
import { emitFlags, hasNonFinite, noFlags } from './fpflags';
import { checkInt64 } from './intcheck';
import { pairwiseSum } from './pairwise';
import { reductionLayout } from './reduction';

/**
 * `np.sum(x)` (0-d result) or `np.sum(x, axis=axis)`, bit-identical to NumPy for float64.
 *
 * NumPy's order depends on memory layout: a whole array, or an axis with nothing but size-1 axes after
 * it, is summed pairwise (see pairwiseSum); any other axis is accumulated row after row, one by one.
 * Bool and int64 sum to int64.
 */
export function sum(x: Tensor, axis?: number, sink?: WarningSink): Tensor {
  const dtype = x.dtype === 'float64' ? 'float64' : 'int64';
  const d = x.data;
  const { outShape, outer, len, inner } = reductionLayout(x, axis, 'np.sum');
  const out = new Float64Array(outer * inner);
  if (inner === 1) {
    for (let o = 0; o < outer; o++) {
      // NumPy starts from the identity 0 and adds the pairwise sum: -0.0 sums come out as 0.0.
      out[o] = dtype === 'float64' ? 0 + pairwiseSum(d, o * len, len, 1) : sequential(d, o * len, len);
    }
  } else {
    for (let o = 0; o < outer; o++) {
      const base = o * len * inner;
      const row = o * inner;
      for (let i = 0; i < len; i++) {
        const p = base + i * inner;
        for (let j = 0; j < inner; j++) out[row + j] += d[p + j];
      }
    }
  }
  const result = tensor(outShape, dtype, out);
  if (dtype === 'float64' && sink && hasNonFinite(out)) reduceFlags(d, out, len, inner, sink);
  checkInt64(result, sink);
  return result;
}

function sequential(d: Float64Array, start: number, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += d[start + i];
  return s;
}

/** Reconstructs NumPy's "overflow/invalid value encountered in reduce" for non-finite sums. */
function reduceFlags(d: Float64Array, out: Float64Array, len: number, inner: number, sink: WarningSink) {
  const f = noFlags();
  for (let k = 0; k < out.length; k++) {
    const r = out[k];
    if (Number.isFinite(r)) continue;
    const o = Math.floor(k / inner);
    const j = k % inner;
    let nan = false;
    let inf = false;
    for (let i = 0; i < len; i++) {
      const v = d[(o * len + i) * inner + j];
      if (v !== v) nan = true;
      else if (!Number.isFinite(v)) inf = true;
    }
    if (nan) continue;
    if (r !== r) f.invalid = true;
    else if (!inf) f.overflow = true;
  }
  emitFlags(f, 'reduce', sink);
}
