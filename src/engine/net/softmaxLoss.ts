import { pairwiseSum } from '../ops/pairwise';
import { correctlyRoundedLog } from '../random/log';

/**
 * The seed's SoftmaxWithLoss forward and backward fused into one pass over the scores, for the fast
 * training path: softmax row by row (max subtracted first), cross-entropy `-sum(log(y[i, t_i] + 1e-7)) / N`
 * with t_i the label (or the first argmax of a one-hot row), and dscores as the seed's backward
 * computes it: `(y - t) / N` for one-hot t (every entry of t counts), y with 1 subtracted at the label
 * and divided by N for label t. Sums use NumPy's pairwise order and the log is correctly rounded, as in
 * the layer functions.
 */

/** Teacher data in flat form: `oneHot` is N×C values, otherwise N integer labels. */
export interface FlatTeacher {
  readonly oneHot: boolean;
  readonly data: Float64Array;
}

/** Loss of `scores` (n×c) against `t`, writing the gradient of the loss w.r.t. the scores into `dscores`. */
export function softmaxLossInto(
  dscores: Float64Array,
  scores: Float64Array,
  t: FlatTeacher,
  n: number,
  c: number,
): number {
  const logs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const o = i * c;
    let max = scores[o];
    for (let j = 1; j < c; j++) if (scores[o + j] > max || Number.isNaN(scores[o + j])) max = scores[o + j];
    for (let j = 0; j < c; j++) dscores[o + j] = Math.exp(scores[o + j] - max);
    const sum = 0 + pairwiseSum(dscores, o, c, 1);
    for (let j = 0; j < c; j++) dscores[o + j] /= sum;
    const label = t.oneHot ? argmaxRow(t.data, o, c) : t.data[i];
    logs[i] = correctlyRoundedLog(dscores[o + label] + 1e-7);
    if (t.oneHot) {
      for (let j = 0; j < c; j++) dscores[o + j] = (dscores[o + j] - t.data[o + j]) / n;
    } else {
      dscores[o + label] -= 1;
      for (let j = 0; j < c; j++) dscores[o + j] /= n;
    }
  }
  return -(0 + pairwiseSum(logs, 0, n, 1)) / n;
}

/** Index of the first largest value in row [o, o + c), NaN counting as largest, as np.argmax. */
export function argmaxRow(a: Float64Array, o: number, c: number): number {
  let best = 0;
  for (let j = 0; j < c; j++) {
    const v = a[o + j];
    if (Number.isNaN(v)) return j;
    if (v > a[o + best]) best = j;
  }
  return best;
}
