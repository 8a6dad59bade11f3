import { charge } from '../budget';
import { NumpyError } from '../errors';
import { tensor, type Tensor } from '../tensor';
import { warn, type WarningSink } from '../warnings';
import { mul } from './broadcast';
import { emitFlags, flagsOf, hasNonFinite, noFlags } from './fpflags';
import { checkInt64 } from './intcheck';
import { promote } from './operand';
import { tupleText } from './shapes';

/**
 * `np.dot(a, b)` with NumPy's rules for every rank: a scalar operand multiplies; otherwise the last axis
 * of `a` is summed against `b`'s only axis (1-D) or its second-to-last axis (n-D), giving shape
 * `a.shape[:-1] + b.shape[:-2] + b.shape[-1:]`. bool·bool is bool (any(a and b)).
 *
 * Float sums run k = 0, 1, ... per output (i-k-j loops). NumPy hands float64 to BLAS, whose blocking and
 * fused multiply-adds can differ in the last bit, so float results agree to ~1e-15 relative, not bitwise.
 */
export function dot(a: Tensor, b: Tensor, sink?: WarningSink): Tensor {
  if (a.ndim === 0 || b.ndim === 0) return mul(a, b, sink);
  const K = a.shape[a.ndim - 1];
  const bAxis = b.ndim === 1 ? 0 : b.ndim - 2;
  if (b.shape[bAxis] !== K) {
    throw new NumpyError(
      'ValueError',
      `shapes ${tupleText(a.shape)} and ${tupleText(b.shape)} not aligned: ${K} (dim ${a.ndim - 1}) != ${b.shape[bAxis]} (dim ${bAxis})`,
      'np.dot',
    );
  }
  const M = b.ndim === 1 ? 1 : b.shape[b.ndim - 1];
  const P = sizeWithout(a.shape, a.ndim - 1);
  const Q = b.ndim <= 2 ? 1 : sizeWithout(b.shape.slice(0, -2), -1);
  const shape = [...a.shape.slice(0, -1), ...b.shape.slice(0, -2), ...(b.ndim === 1 ? [] : [M])];
  charge('np.dot', shape, P * Q * M * K);
  const dtype = promote(a, b);
  const A = a.data;
  const B = b.data;
  const out = new Float64Array(P * Q * M);
  for (let i = 0; i < P; i++) {
    const aRow = i * K;
    for (let q = 0; q < Q; q++) {
      const bBase = q * K * M;
      const oRow = (i * Q + q) * M;
      for (let k = 0; k < K; k++) {
        const aik = A[aRow + k];
        const bRow = bBase + k * M;
        for (let j = 0; j < M; j++) out[oRow + j] += aik * B[bRow + j];
      }
    }
  }
  if (dtype === 'bool') for (let i = 0; i < out.length; i++) out[i] = out[i] > 0 ? 1 : 0;
  const result = tensor(shape, dtype, out);
  if (sink) {
    if (dtype === 'float64' && hasNonFinite(out)) dotFlags(A, B, P, Q, K, M, sink);
    if (a.dtype === 'bool' && b.dtype === 'bool') warn(sink, 'bool-arithmetic', { op: 'np.dot' });
    checkInt64(result, sink);
  }
  return result;
}

/** Product of `shape` without axis `skip` (skip -1: all of it); safe when some other axis is 0. */
function sizeWithout(shape: readonly number[], skip: number): number {
  return shape.reduce((p, d, i) => (i === skip ? p : p * d), 1);
}

/** Replays each non-finite output's products and sums to find the flags BLAS would have raised. */
function dotFlags(
  A: Float64Array,
  B: Float64Array,
  P: number,
  Q: number,
  K: number,
  M: number,
  sink: WarningSink,
) {
  const f = noFlags();
  for (let i = 0; i < P; i++) {
    for (let q = 0; q < Q; q++) {
      for (let j = 0; j < M; j++) {
        let s = 0;
        for (let k = 0; k < K; k++) {
          const x = A[i * K + k];
          const y = B[q * K * M + k * M + j];
          const p = x * y;
          flagsOf('multiply', x, y, p, f);
          const t = s + p;
          flagsOf('add', s, p, t, f);
          s = t;
        }
      }
    }
  }
  emitFlags(f, 'dot', sink);
}
