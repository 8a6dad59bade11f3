import { astype, pairwiseSum, tensor, type Tensor } from '../../engine';

/** The book's `h` in numerical_gradient (common/gradient.py). */
export const GRADCHECK_H = 1e-4;

/** The 1e-7 the book adds inside cross_entropy_error's log, which backprop leaves out. */
export const LOG_EPSILON = 1e-7;

/** One parameter's gradient check: backprop against the numerical gradient, as gradient_check.py does it. */
export interface ParamCheck {
  readonly backprop: Tensor;
  readonly numerical: Tensor;
  /** `np.abs(backprop - numerical)`, the parameter's shape. */
  readonly diff: Tensor;
  /** `np.average(np.abs(backprop - numerical))`: the number gradient_check.py prints. */
  readonly mean: number;
  /** `np.max(np.abs(backprop - numerical))`. */
  readonly max: number;
}

/** Compares two gradients of the same shape element by element. */
export function paramCheck(backprop: Tensor, numerical: Tensor): ParamCheck {
  if (backprop.size !== numerical.size) {
    throw new RangeError(`paramCheck: gradients of ${backprop.size} and ${numerical.size} elements differ`);
  }
  const data = new Float64Array(backprop.size);
  let max = 0;
  for (let i = 0; i < data.length; i++) {
    data[i] = Math.abs(backprop.data[i] - numerical.data[i]);
    // NaN propagates as np.max does.
    if (!(data[i] <= max)) max = data[i];
  }
  // np.average sums in NumPy's pairwise order; the same order gives the same last bits.
  const mean = data.length === 0 ? NaN : pairwiseSum(data, 0, data.length, 1) / data.length;
  return { backprop, numerical, diff: tensor(backprop.shape, 'float64', data), mean, max };
}

/** A hidden unit whose pre-activation `a` (Affine1's output) sits within h of ReLU's kink at 0. */
export interface Kink {
  readonly sample: number;
  readonly unit: number;
  readonly a: number;
}

/** Every (sample, unit) of a 2-D a1 with |a| < h: nudging a weight by ±h can cross the kink there. */
export function kinksOf(a1: Tensor, h = GRADCHECK_H): Kink[] {
  if (a1.ndim !== 2) return [];
  const units = a1.shape[1];
  const kinks: Kink[] = [];
  for (let i = 0; i < a1.size; i++) {
    const a = a1.data[i];
    if (Math.abs(a) < h) kinks.push({ sample: Math.floor(i / units), unit: i % units, a });
  }
  return kinks;
}

/** A new x that puts one hidden unit on the kink, and which entry of x moved to do it. */
export interface KinkNudge {
  readonly sample: number;
  readonly unit: number;
  /** The feature of x that moved: the one whose weight into the unit is largest in magnitude. */
  readonly feature: number;
  readonly x: Tensor;
}

function argmaxAbs(values: ArrayLike<number>, start: number, n: number, stride: number): number {
  let best = 0;
  for (let i = 1; i < n; i++) {
    if (Math.abs(values[start + i * stride]) > Math.abs(values[start + best * stride])) best = i;
  }
  return best;
}

/**
 * x with one entry moved so that the hidden pre-activation nearest 0 becomes h / 2: inside h of the
 * kink, on its active side. Moves `x[n, k] += (h/2 - a1[n, j]) / W1[k, j]` for the unit (n, j) nearest 0
 * and the feature k with the largest |W1[k, j]|. Null when x and a1 are not a plain (N, D) batch, or the
 * unit has no weight to move it with.
 */
export function kinkNudge(x: Tensor, a1: Tensor, W1: Tensor, h = GRADCHECK_H): KinkNudge | null {
  if (x.ndim !== 2 || a1.ndim !== 2 || W1.ndim !== 2 || a1.size === 0) return null;
  const [features, units] = W1.shape;
  if (x.shape[1] !== features || a1.shape[0] !== x.shape[0] || a1.shape[1] !== units) return null;
  let nearest = 0;
  for (let i = 1; i < a1.size; i++) if (Math.abs(a1.data[i]) < Math.abs(a1.data[nearest])) nearest = i;
  const sample = Math.floor(nearest / units);
  const unit = nearest % units;
  const feature = argmaxAbs(W1.data, unit, features, units);
  const w = W1.data[feature * units + unit];
  const a = a1.data[nearest];
  if (w === 0 || !Number.isFinite(w) || !Number.isFinite(a)) return null;
  const data = astype(x, 'float64').data.slice();
  const at = sample * features + feature;
  data[at] = data[at] + (h / 2 - a) / w;
  return { sample, unit, feature, x: tensor(x.shape, 'float64', data) };
}

/** `t[row].argmax()`: the first largest of `n` values from `start`. */
function rowArgmax(values: ArrayLike<number>, start: number, n: number): number {
  let best = 0;
  for (let i = 1; i < n; i++) if (values[start + i] > values[start + best]) best = i;
  return best;
}

/**
 * The smallest probability y gives a sample's correct class, for one-hot t (t.size == y.size) or one label
 * per row; null for any other t. The book's loss takes log(p + 1e-7), so the numerical gradient comes out
 * smaller than backprop's by a factor p / (p + 1e-7): about 1e-7 / p relative.
 */
export function minTargetProb(y: Tensor, t: Tensor): number | null {
  if (y.ndim !== 2) return null;
  const [rows, classes] = y.shape;
  let min = Infinity;
  for (let r = 0; r < rows; r++) {
    let label: number;
    if (t.size === y.size && t.ndim === 2) label = rowArgmax(t.data, r * classes, classes);
    else if (t.ndim === 1 && t.shape[0] === rows && t.dtype === 'int64') label = t.data[r];
    else return null;
    if (label < 0) label += classes;
    if (label < 0 || label >= classes) return null;
    min = Math.min(min, y.data[r * classes + label]);
  }
  return rows === 0 ? null : min;
}
