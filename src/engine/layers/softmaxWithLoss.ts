import { NumpyError, type EngineWarning } from '../errors';
import { arange } from '../ops/arange';
import { argmax } from '../ops/argmax';
import { add, div, sub } from '../ops/broadcast';
import { planIndex } from '../ops/fancyIndex';
import { max } from '../ops/max';
import { pyFloat, pyInt } from '../ops/operand';
import { reshape } from '../ops/reshape';
import { setAt } from '../ops/setAt';
import { broadcastShapeOf } from '../ops/shapes';
import { sum } from '../ops/sum';
import { take } from '../ops/take';
import { exp, log } from '../ops/unary';
import type { Tensor } from '../tensor';
import { warn, type WarningSink } from '../warnings';
import { frozen, inspectInputs } from './inspect';

/** Softmax-with-Loss forward: `y` = softmax(x), x's shape; `loss` the mean cross-entropy (a float64). */
export interface SoftmaxWithLossForward {
  readonly loss: number;
  readonly y: Tensor;
  readonly warnings: readonly EngineWarning[];
}

/** Softmax-with-Loss backward: `dx` has y's shape. */
export interface SoftmaxWithLossBackward {
  readonly dx: Tensor;
  readonly warnings: readonly EngineWarning[];
}

const noAxis0 = (op: string) => new NumpyError('IndexError', 'tuple index out of range', op);

/**
 * The book's softmax. For 2-D x it works row by row: the seed transposes, subtracts the column max and
 * divides by column sums; here the same values are computed on x's rows directly, which also sums each
 * row in the order NumPy does (the transposed array's columns are contiguous in memory, so NumPy sums
 * them pairwise). Any other rank is normalised as one block: global max, global sum.
 */
function softmax(x: Tensor, sink: WarningSink): Tensor {
  if (x.ndim === 2) {
    const column = (t: Tensor) => reshape(t, [x.shape[0], 1]);
    const shifted = sub(x, column(max(x, 1)), sink);
    const e = exp(shifted, sink);
    return div(e, column(sum(exp(shifted, sink), 1, sink)), sink);
  }
  const shifted = sub(x, max(x), sink);
  return div(exp(shifted, sink), sum(exp(shifted, sink), undefined, sink), sink);
}

/** The book's cross_entropy_error(y, t): labels or one-hot t, 1e-7 inside the log, mean over rows. */
function crossEntropyError(y: Tensor, t: Tensor, sink: WarningSink): number {
  if (y.ndim === 1) {
    t = reshape(t, [1, t.size]);
    y = reshape(y, [1, y.size]);
  }
  if (t.size === y.size) t = argmax(t, 1);
  if (y.ndim === 0) throw noAxis0('cross_entropy_error');
  const batchSize = y.shape[0];
  const picked = take(y, [arange(batchSize), t]);
  for (let i = 0; i < picked.size; i++) if (picked.data[i] < 1e-7) warn(sink, 'cross-entropy-epsilon');
  const total = sum(log(add(picked, pyFloat(1e-7), sink), sink), undefined, sink).data[0];
  const loss = -total / batchSize;
  if (batchSize === 0 && Number.isFinite(total)) {
    warn(sink, total === 0 ? 'numpy-invalid-scalar-divide' : 'numpy-divide-scalar-divide');
  }
  return loss;
}

/** Shape- and value-level surprises in (x or y, t), shared by forward, backward and the notebook. */
function diagnose(y: Tensor, t: Tensor): WarningSink {
  const warnings: WarningSink = [];
  if (y.ndim !== 1 && y.ndim !== 2) warn(warnings, 'softmax-nd-global', { ndim: y.ndim });
  if (t.size === y.size) {
    if (y.ndim >= 2 && !(t.ndim === y.ndim && t.shape.every((d, i) => d === y.shape[i]))) {
      warn(warnings, 'softmax-t-reshaped', { t: t.shape, y: y.shape });
    }
    const rows = y.ndim === 1 ? 1 : t.ndim === 2 ? t.shape[0] : 0;
    const cols = rows === 0 ? 0 : t.size / rows;
    let bad = 0;
    for (let r = 0; r < rows; r++) {
      let ones = 0;
      let others = 0;
      for (let c = 0; c < cols; c++) {
        const v = t.data[r * cols + c];
        if (v === 1) ones++;
        else if (v !== 0) others++;
      }
      if (ones !== 1 || others !== 0) bad++;
    }
    if (bad > 0) warn(warnings, 'softmax-t-not-one-hot', { rows: bad });
    if (y.ndim === 1 && t.ndim >= 1 && t.shape[0] !== 1)
      warn(warnings, 'softmax-1d-batch', { divisor: t.shape[0] });
    return warnings;
  }
  if (t.dtype === 'bool') warn(warnings, 'softmax-t-bool');
  if (t.dtype === 'int64' && t.data.some((v) => v < 0)) warn(warnings, 'label-negative');
  if (y.ndim === 1 && t.size === 1) warn(warnings, 'softmax-1d-labels');
  if (y.ndim === 1 || y.ndim === 2) {
    const rows = y.ndim === 1 ? 1 : y.shape[0];
    const labels = y.ndim === 1 ? [1, t.size] : t.shape;
    const proper = y.ndim === 1 ? t.size === 1 : t.ndim === 1 && t.shape[0] === rows;
    const picked = broadcastShapeOf([[rows], labels]);
    if (!proper && picked && t.dtype !== 'bool') {
      warn(warnings, 'softmax-t-shape-mismatch', {
        t: t.shape,
        y: y.shape,
        rows,
        picked: picked.reduce((p, d) => p * d, 1),
        divisor: t.ndim === 0 ? null : t.shape[0],
      });
    }
  }
  return warnings;
}

/** The book's Softmax-with-Loss layer as pure functions (the seed's `SoftmaxWithLoss`, without state). */
export const softmaxWithLoss = {
  /**
   * `y = softmax(x); loss = cross_entropy_error(y, t)`. t is one-hot when t.size == y.size (then reduced
   * with argmax(axis=1)), else class labels, used as `y[np.arange(batch_size), t]` with NumPy's
   * broadcasting: a t of the wrong shape is not rejected, it is broadcast (and warned about).
   */
  forward(x: Tensor, t: Tensor): SoftmaxWithLossForward {
    const warnings = diagnose(x, t);
    inspectInputs(warnings, { x, t });
    const y = softmax(x, warnings);
    const loss = crossEntropyError(y, t, warnings);
    return frozen({ loss, y, warnings });
  },

  /**
   * `batch_size = t.shape[0]`; one-hot t: `dx = (y - t) / batch_size`; labels:
   * `dx = y.copy(); dx[np.arange(batch_size), t] -= 1; dx = dx / batch_size`. The -= applies once per
   * element even where an index repeats, as NumPy's fancy-index assignment does.
   */
  backward(y: Tensor, t: Tensor): SoftmaxWithLossBackward {
    const warnings = diagnose(y, t);
    inspectInputs(warnings, { y, t });
    if (t.ndim === 0) throw noAxis0('softmaxWithLoss.backward');
    const batchSize = t.shape[0];
    if (t.size === y.size) {
      const dx = div(sub(y, t, warnings), pyInt(batchSize), warnings);
      return frozen({ dx, warnings });
    }
    const index = [arange(batchSize), t];
    const hit = take(y, index);
    let dx = setAt(y, index, sub(hit, pyInt(1), warnings));
    const { offsets } = planIndex(y, index, 'setitem');
    const repeats = offsets.length - new Set(offsets).size;
    if (repeats > 0) warn(warnings, 'fancy-index-repeated', { count: repeats });
    dx = div(dx, pyInt(batchSize), warnings);
    return frozen({ dx, warnings });
  },

  /** The book's softmax alone (rows of a 2-D x; a whole array otherwise). */
  softmax(x: Tensor): { readonly y: Tensor; readonly warnings: readonly EngineWarning[] } {
    const warnings: WarningSink = [];
    const y = softmax(x, warnings);
    return frozen({ y, warnings });
  },

  /** The book's cross_entropy_error(y, t) alone. */
  crossEntropyError(
    y: Tensor,
    t: Tensor,
  ): { readonly loss: number; readonly warnings: readonly EngineWarning[] } {
    const warnings = diagnose(y, t);
    const loss = crossEntropyError(y, t, warnings);
    return frozen({ loss, warnings });
  },

  /** What (x, t) will make the layer do silently, from shapes and values alone; usable when forward raises. */
  diagnose,
};
