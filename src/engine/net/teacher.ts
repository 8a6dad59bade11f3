import { NumpyError } from '../errors';
import { shapeText, type Tensor } from '../tensor';
import { tupleText } from '../ops/shapes';
import type { FlatTeacher } from './softmaxLoss';

/**
 * The book's two-layer-net inputs, checked as NumPy would fail on them: x is (N, inputSize) (higher
 * dimensions are flattened per sample, as Affine.forward's reshape does) and t is one-hot (N, C) when
 * `t.size == y.size`, otherwise N integer labels (negative labels count from the end, as NumPy indexing).
 */
export function checkBatch(x: Tensor, inputSize: number, hiddenSize: number, op: string): number {
  if (x.ndim === 0) throw new NumpyError('IndexError', 'tuple index out of range', op);
  const n = x.shape[0];
  const cols = n === 0 ? 0 : x.size / n;
  if (cols !== inputSize) {
    throw new NumpyError(
      'ValueError',
      `shapes ${tupleText([n, cols])} and ${tupleText([inputSize, hiddenSize])} not aligned: ${cols} (dim 1) != ${inputSize} (dim 0)`,
      'np.dot',
    );
  }
  return n;
}

/** t as flat one-hot rows or normalised labels for a batch of `n` over `c` classes; `op` names the caller. */
export function flatTeacher(t: Tensor, n: number, c: number, op: string): FlatTeacher {
  if (t.size === n * c) {
    if (t.ndim !== 2 || t.shape[0] !== n) {
      throw new RangeError(`${op}: one-hot t must have shape (${n}, ${c}), got ${shapeText(t.shape)}`);
    }
    return { oneHot: true, data: t.data };
  }
  if (t.dtype === 'float64') {
    throw new NumpyError('IndexError', 'arrays used as indices must be of integer (or boolean) type', op);
  }
  if (t.ndim !== 1 || t.dtype === 'bool') {
    throw new RangeError(
      `${op}: t must be one-hot (${n}, ${c}) or integer labels (${n},), got ${t.dtype} ${shapeText(t.shape)}`,
    );
  }
  if (t.shape[0] !== n) {
    throw new NumpyError(
      'IndexError',
      `shape mismatch: indexing arrays could not be broadcast together with shapes ${tupleText([n])} ${tupleText(t.shape)} `,
      op,
    );
  }
  const data = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const label = t.data[i];
    if (label >= c || label < -c) {
      throw new NumpyError('IndexError', `index ${label} is out of bounds for axis 1 with size ${c}`, op);
    }
    data[i] = label < 0 ? label + c : label;
  }
  return { oneHot: false, data };
}
