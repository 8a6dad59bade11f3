import { NumpyError, type EngineWarning } from '../errors';
import { arange } from '../ops/arange';
import { argmax } from '../ops/argmax';
import { add, div, sub } from '../ops/broadcast';
import { planIndex } from '../ops/fancyIndex';
import { max } from '../ops/max';
import { pyFloat, pyInt } from '../ops/operand';
import { pairwiseSum } from '../ops/pairwise';
import { reshape } from '../ops/reshape';
import { setAt } from '../ops/setAt';
import { sum } from '../ops/sum';
import { take } from '../ops/take';
import { exp, log } from '../ops/unary';
import { correctlyRoundedLog } from '../random/log';
import { resultTensor, type Tensor } from '../tensor';
import { warn, warning, type WarningSink } from '../warnings';
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

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function hasNegative(d: Float64Array): boolean {
  for (let i = 0; i < d.length; i++) if (d[i] < 0) return true;
  return false;
}

/**
 * The number of elements of the broadcast shape of (rows,) and `labels` (np.arange(rows) against t), or
 * -1 when they do not broadcast: what `broadcastShapeOf` gives, without building the shape.
 */
function broadcastCount(rows: number, labels: readonly number[]): number {
  const n = labels.length;
  if (n === 0) return rows;
  const last = labels[n - 1];
  let count = last === rows || last === 1 ? rows : rows === 1 ? last : -1;
  if (count < 0) return -1;
  for (let i = 0; i < n - 1; i++) count *= labels[i];
  return count;
}

// The last 'softmax-t-shape-mismatch' warning and what it was made from, reused while its inputs repeat
// (a notebook re-running the same cell): building its message is the costliest part of a seed-size pass.
// Frozen, so sharing is safe.
let lastMismatch: {
  t: readonly number[];
  y: readonly number[];
  rows: number;
  picked: number;
  divisor: number | null;
  warning: EngineWarning;
} | null = null;

function shapeMismatch(
  t: readonly number[],
  y: readonly number[],
  rows: number,
  picked: number,
  divisor: number | null,
): EngineWarning {
  const last = lastMismatch;
  if (
    last &&
    last.rows === rows &&
    last.picked === picked &&
    last.divisor === divisor &&
    sameShape(last.t, t) &&
    sameShape(last.y, y)
  ) {
    return last.warning;
  }
  const made = Object.freeze(warning('softmax-t-shape-mismatch', { t, y, rows, picked, divisor }));
  lastMismatch = { t: [...t], y: [...y], rows, picked, divisor, warning: made };
  return made;
}

/** Shape- and value-level surprises in (x or y, t), shared by forward, backward and the notebook. */
function diagnose(y: Tensor, t: Tensor): WarningSink {
  const warnings: WarningSink = [];
  if (y.ndim !== 1 && y.ndim !== 2) warn(warnings, 'softmax-nd-global', { ndim: y.ndim });
  if (t.size === y.size) {
    if (y.ndim >= 2 && !sameShape(t.shape, y.shape)) {
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
  if (t.dtype === 'int64' && hasNegative(t.data)) warn(warnings, 'label-negative');
  if (y.ndim === 1 && t.size === 1) warn(warnings, 'softmax-1d-labels');
  if (y.ndim === 1 || y.ndim === 2) {
    const rows = y.ndim === 1 ? 1 : y.shape[0];
    const proper = y.ndim === 1 ? t.size === 1 : t.ndim === 1 && t.shape[0] === rows;
    const picked = y.ndim === 1 ? broadcastCount(rows, [1, t.size]) : broadcastCount(rows, t.shape);
    if (!proper && picked >= 0 && t.dtype !== 'bool') {
      warnings.push(shapeMismatch(t.shape, y.shape, rows, picked, t.ndim === 0 ? null : t.shape[0]));
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
    const fastY = x.dtype === 'float64' && x.ndim === 2 ? softmaxRows(x) : null;
    if (fastY) {
      const fastLoss = crossEntropyRows(fastY, t, warnings);
      if (fastLoss !== null) return frozen({ loss: fastLoss, y: fastY, warnings });
    }
    const y = fastY ?? softmax(x, warnings);
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
    const fast = backwardRows(y, t, warnings);
    if (fast) return frozen({ dx: fast, warnings });
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

function allFinite(d: Float64Array): boolean {
  for (let i = 0; i < d.length; i++) {
    const v = d[i];
    if (v - v !== 0) return false;
  }
  return true;
}

/**
 * softmax of a float64 2-D x with finite values, row by row in one pass, with the general path's values
 * and order: x - max, exp, a pairwise row sum of the exps (0 + pairwiseSum, as `sum` adds it), divide.
 * With finite shifted values nothing can warn (each exp is in (0, 1], each sum at least 1). Null (the
 * general path) for an empty x, non-finite values, or a shift that overflows.
 */
function softmaxRows(x: Tensor): Tensor | null {
  const rows = x.shape[0];
  const cols = x.shape[1];
  const d = x.data;
  if (d.length === 0 || !allFinite(d)) return null;
  const out = new Float64Array(d.length);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    let m = d[base];
    for (let c = 1; c < cols; c++) if (d[base + c] > m) m = d[base + c];
    for (let c = 0; c < cols; c++) {
      const shifted = d[base + c] - m;
      if (shifted - shifted !== 0) return null;
      out[base + c] = Math.exp(shifted);
    }
    const s = 0 + pairwiseSum(out, base, cols, 1);
    for (let c = 0; c < cols; c++) out[base + c] = out[base + c] / s;
  }
  return resultTensor(x.shape, 'float64', out);
}

/**
 * For each pick of `y[np.arange(n), t]` in row-major order, the flat offset into y, when the index is a
 * simple case: int labels t of shape (n,) (row i, label t[i]), or (1, L) (row `rowOf(j)`, label t[0, j]),
 * in bounds; null for anything else (the general fancy-indexing path raises or broadcasts). `n` is the
 * batch size the caller uses, and rows of (1, L) t are j when L == n, else 0 when n == 1.
 */
function labelOffsets(y: Tensor, t: Tensor, n: number): Int32Array | null {
  if (t.dtype !== 'int64' || y.ndim !== 2) return null;
  const rows = y.shape[0];
  const cols = y.shape[1];
  let count: number;
  let sameRow: boolean;
  if (t.ndim === 1 && t.shape[0] === n) {
    count = n;
    sameRow = false;
  } else if (t.ndim === 2 && t.shape[0] === 1 && (t.shape[1] === n || n === 1)) {
    count = t.shape[1];
    sameRow = n === 1 && count !== 1;
  } else return null;
  if (n > rows) return null;
  const labels = t.data;
  const offsets = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const v = labels[i];
    if (!(v >= -cols && v < cols)) return null;
    offsets[i] = (sameRow ? 0 : i) * cols + (v < 0 ? v + cols : v);
  }
  return offsets;
}

/**
 * cross_entropy_error for a softmax output y (2-D, values in (0, 1]) and label t of a simple shape (see
 * labelOffsets): picks, the 1e-7 warning, log(p + 1e-7), a pairwise total, `-total / n`. Null (general
 * path) for one-hot t, other shapes, or an empty batch.
 */
function crossEntropyRows(y: Tensor, t: Tensor, sink: WarningSink): number | null {
  if (t.size === y.size) return null;
  const n = y.shape[0];
  if (n === 0) return null;
  const offsets = labelOffsets(y, t, n);
  if (!offsets) return null;
  const d = y.data;
  const logs = new Float64Array(offsets.length);
  for (let i = 0; i < offsets.length; i++) {
    const p = d[offsets[i]];
    if (p < 1e-7) warn(sink, 'cross-entropy-epsilon');
    logs[i] = correctlyRoundedLog(p + 1e-7);
  }
  const total = 0 + pairwiseSum(logs, 0, logs.length, 1);
  return -total / n;
}

/**
 * backward for finite float64 2-D y and int labels of a simple shape (see labelOffsets): dx = y with 1
 * taken off at each picked place (once, however often it is picked), then / batch_size, warning about
 * repeats as the general path does. Null (general path) otherwise.
 */
function backwardRows(y: Tensor, t: Tensor, sink: WarningSink): Tensor | null {
  if (y.dtype !== 'float64' || t.size === y.size || !allFinite(y.data)) return null;
  const batchSize = t.shape[0];
  if (batchSize === 0) return null;
  const offsets = labelOffsets(y, t, batchSize);
  if (!offsets) return null;
  const d = y.data;
  const dx = d.slice();
  for (let i = 0; i < offsets.length; i++) dx[offsets[i]] = d[offsets[i]] - 1;
  let repeats = 0;
  for (let i = 1; i < offsets.length; i++) {
    for (let j = 0; j < i; j++) {
      if (offsets[j] === offsets[i]) {
        repeats++;
        break;
      }
    }
  }
  if (repeats > 0) warn(sink, 'fancy-index-repeated', { count: repeats });
  for (let i = 0; i < dx.length; i++) dx[i] = dx[i] / batchSize;
  return resultTensor(y.shape, 'float64', dx);
}
