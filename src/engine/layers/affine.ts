import { charge } from '../budget';
import { NumpyError, type EngineWarning } from '../errors';
import { add } from '../ops/broadcast';
import { dot } from '../ops/dot';
import { reshape } from '../ops/reshape';
import { sum } from '../ops/sum';
import { transpose } from '../ops/transpose';
import { resultTensor, type Tensor } from '../tensor';
import { warn, type WarningSink } from '../warnings';
import { frozen, inspectInputs, NO_WARNINGS } from './inspect';

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
    const fast = forwardMatrix(x, W, b);
    if (fast) return fast;
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
    const fast = backwardMatrix(dout, x, W);
    if (fast) return fast;
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

const isFloat2d = (t: Tensor) => t.dtype === 'float64' && t.ndim === 2;

function allFinite(d: Float64Array): boolean {
  for (let i = 0; i < d.length; i++) {
    const v = d[i];
    if (v - v !== 0) return false;
  }
  return true;
}

/**
 * forward for the book's own case, float64 x (N, D), W (D, M), b (M,), all finite: each output summed
 * from 0 over k = 0, 1, ... as `dot` does, then + b. Null (general path) for anything else, or when a
 * result is not finite (where NumPy would warn); in this case nothing warns.
 */
function forwardMatrix(x: Tensor, W: Tensor, b: Tensor): AffineForward | null {
  if (!isFloat2d(x) || !isFloat2d(W) || b.dtype !== 'float64' || b.ndim !== 1) return null;
  const N = x.shape[0];
  const D = x.shape[1];
  const M = W.shape[1];
  // An empty batch is left to the general path: the book's reshape(0, -1) raises there.
  if (N === 0 || W.shape[0] !== D || b.shape[0] !== M) return null;
  const X = x.data;
  const A = W.data;
  const B = b.data;
  if (!allFinite(X) || !allFinite(A) || !allFinite(B)) return null;
  charge('affine.forward', [N, M], N * D * M);
  const out = new Float64Array(N * M);
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < M; j++) {
      let s = 0;
      for (let k = 0; k < D; k++) s += X[i * D + k] * A[k * M + j];
      out[i * M + j] = s + B[j];
    }
  }
  if (!allFinite(out)) return null;
  return frozen({ out: resultTensor([N, M], 'float64', out), warnings: NO_WARNINGS });
}

/**
 * backward for float64 dout (N, M), x (N, D), W (D, M), all finite: dx = dout·Wᵀ and dW = xᵀ·dout summed
 * in `dot`'s order, db = column sums accumulated row after row (`sum`'s order for an axis with more
 * than one column, so M > 1 here). Null (general path) otherwise, or when a result is not finite.
 */
function backwardMatrix(dout: Tensor, x: Tensor, W: Tensor): AffineBackward | null {
  if (!isFloat2d(dout) || !isFloat2d(x) || !isFloat2d(W)) return null;
  const N = x.shape[0];
  const D = x.shape[1];
  const M = W.shape[1];
  if (N === 0 || M < 2 || W.shape[0] !== D || dout.shape[0] !== N || dout.shape[1] !== M) return null;
  const G = dout.data;
  const X = x.data;
  const A = W.data;
  if (!allFinite(G) || !allFinite(X) || !allFinite(A)) return null;
  charge('affine.backward', [N, D], 2 * N * D * M);
  const dx = new Float64Array(N * D);
  for (let i = 0; i < N; i++) {
    for (let k = 0; k < D; k++) {
      let s = 0;
      for (let j = 0; j < M; j++) s += G[i * M + j] * A[k * M + j];
      dx[i * D + k] = s;
    }
  }
  // Row after row of x and dout, so both are read in order; each dW[k, j] still adds its terms i = 0, 1, ….
  const dW = new Float64Array(D * M);
  for (let i = 0; i < N; i++) {
    for (let k = 0; k < D; k++) {
      const xik = X[i * D + k];
      const row = k * M;
      for (let j = 0; j < M; j++) dW[row + j] += xik * G[i * M + j];
    }
  }
  const db = new Float64Array(M);
  for (let i = 0; i < N; i++) for (let j = 0; j < M; j++) db[j] += G[i * M + j];
  if (!allFinite(dx) || !allFinite(dW) || !allFinite(db)) return null;
  return frozen({
    dx: resultTensor(x.shape, 'float64', dx),
    dW: resultTensor(W.shape, 'float64', dW),
    db: resultTensor([M], 'float64', db),
    warnings: NO_WARNINGS,
  });
}
