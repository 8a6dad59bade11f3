import { NumpyError, type EngineWarning } from '../errors';
import { add } from '../ops/broadcast';
import { dot } from '../ops/dot';
import { reshape } from '../ops/reshape';
import { sum } from '../ops/sum';
import { transpose } from '../ops/transpose';
import type { Tensor } from '../tensor';
import { warn, type WarningSink } from '../warnings';
import { frozen, inspectInputs } from './inspect';

/** Affine's forward: for x (N, ...), W (D, M), b (M,): out (N, M). */
export interface AffineForward {
  readonly out: Tensor;
  readonly warnings: readonly EngineWarning[];
}

/** Affine's backward: dx has x's shape, dW W's, db (M,). */
export interface AffineBackward {
  readonly dx: Tensor;
  readonly dW: Tensor;
  readonly db: Tensor;
  readonly warnings: readonly EngineWarning[];
}

/** `x.reshape(x.shape[0], -1)`, with Python's IndexError for a 0-d x (which has no shape[0]). */
function flatten(x: Tensor, op: string): Tensor {
  if (x.ndim === 0) throw new NumpyError('IndexError', 'tuple index out of range', op);
  return reshape(x, [x.shape[0], -1]);
}

/** The book's Affine layer as pure functions (the seed's `Affine` class, without its stored state). */
export const affine = {
  /**
   * `out = np.dot(x.reshape(x.shape[0], -1), W) + b`. A 1-D x of shape (n,) becomes (n, 1), exactly as
   * the book's reshape does; NumPy's np.dot and broadcasting rules, dtypes and errors apply throughout.
   */
  forward(x: Tensor, W: Tensor, b: Tensor): AffineForward {
    const warnings: WarningSink = [];
    inspectInputs(warnings, { x, W, b });
    const product = dot(flatten(x, 'affine.forward'), W, warnings);
    const out = add(product, b, warnings);
    return frozen({ out, warnings: merged(affine.diagnose(x, W, b, product.shape), warnings) });
  },

  /**
   * `dx = np.dot(dout, W.T)` reshaped to x's shape, `dW = np.dot(x2d.T, dout)`, `db = np.sum(dout, axis=0)`,
   * computed in the seed's order (so the first failing step raises).
   */
  backward(dout: Tensor, x: Tensor, W: Tensor): AffineBackward {
    const warnings: WarningSink = [];
    inspectInputs(warnings, { dout, x, W });
    const x2d = flatten(x, 'affine.backward');
    const dxFlat = dot(dout, transpose(W), warnings);
    const dW = dot(transpose(x2d), dout, warnings);
    const db = sum(dout, 0, warnings);
    const dx = reshape(dxFlat, x.shape);
    return frozen({ dx, dW, db, warnings: merged(affine.diagnose(x, W, null), warnings) });
  },

  /**
   * What the layer's inputs will make NumPy do silently, from their shapes and dtypes alone; usable even
   * when forward raises (e.g. to explain why a 1-D x fails to line up with W).
   */
  diagnose(x: Tensor, W: Tensor, b: Tensor | null, productShape?: readonly number[]): WarningSink {
    const warnings: WarningSink = [];
    const rows = x.ndim === 0 ? 0 : x.shape[0];
    if (x.ndim === 1) warn(warnings, 'affine-1d-x', { n: rows });
    if (W.ndim === 0) warn(warnings, 'affine-w-scalar');
    if (W.ndim === 1) warn(warnings, 'affine-w-1d', { w: W.shape, out: productShape ?? [rows] });
    if (b && productShape && productShape.length > 0) {
      const cols = productShape[productShape.length - 1];
      if (!(b.ndim === 1 && b.shape[0] === cols)) {
        warn(warnings, 'affine-bias-broadcast', { b: b.shape, out: productShape });
      }
    }
    const operands = b ? [x, W, b] : [x, W];
    if (operands.every((t) => t.dtype !== 'float64') && operands.some((t) => t.dtype === 'int64')) {
      warn(warnings, 'affine-int');
    }
    return warnings;
  },
};

/** `first` then the warnings of `second` whose codes are new. */
function merged(first: WarningSink, second: readonly EngineWarning[]): WarningSink {
  for (const w of second) if (!first.some((f) => f.code === w.code)) first.push(w);
  return first;
}
