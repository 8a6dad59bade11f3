import { charge } from '../budget';
import { NumpyError } from '../errors';
import { stridesOf, type Tensor } from '../tensor';
import { broadcastOffsets, broadcastShapeOf, tupleText } from './shapes';

/**
 * Where `x[i0, i1, ...]` reads, for index arrays on x's leading axes: the result's shape and, for each
 * of its leading (broadcast) positions, the offset in x of a contiguous block of `block` values (the
 * axes no array indexes).
 */
export interface IndexPlan {
  readonly shape: number[];
  readonly offsets: Int32Array;
  readonly block: number;
}

interface IndexArray {
  /** The axis of x it indexes, or null for a 0-d bool (which indexes a new axis of length 1). */
  readonly axis: number | null;
  readonly shape: readonly number[];
  readonly values: ArrayLike<number>;
}

const indexError = (message: string, op: string) => new NumpyError('IndexError', message, op);

/**
 * Plans `x[indices]` exactly as NumPy checks it: index dtypes first, then the number of axes indexed,
 * then boolean shapes (each bool array stands for its nonzero() coordinates), then broadcasting of all
 * index arrays, then bounds, axis by axis. Negative indices count from the end.
 */
export function planIndex(x: Tensor, indices: readonly Tensor[], op: string): IndexPlan {
  for (const idx of indices) {
    if (idx.dtype === 'float64') {
      throw indexError('arrays used as indices must be of integer (or boolean) type', op);
    }
  }
  const consumed = indices.reduce((n, idx) => n + (idx.dtype === 'bool' ? idx.ndim : 1), 0);
  if (consumed > x.ndim) {
    throw indexError(
      `too many indices for array: array is ${x.ndim}-dimensional, but ${consumed} were indexed`,
      op,
    );
  }
  const arrays: IndexArray[] = [];
  let axis = 0;
  for (const idx of indices) {
    if (idx.dtype === 'bool') {
      arrays.push(...boolCoordinates(x, idx, axis, op));
      axis += idx.ndim;
    } else {
      arrays.push({ axis, shape: idx.shape, values: idx.data });
      axis += 1;
    }
  }
  const shapes = arrays.map((a) => a.shape);
  const bshape = broadcastShapeOf(shapes);
  if (!bshape) {
    throw indexError(
      `shape mismatch: indexing arrays could not be broadcast together with shapes ${shapes.map((s) => tupleText(s) + ' ').join('')}`,
      op,
    );
  }
  for (const a of arrays) {
    if (a.axis === null) continue;
    const size = x.shape[a.axis];
    for (let i = 0; i < a.values.length; i++) {
      const v = a.values[i];
      if (v < -size || v >= size) {
        throw indexError(`index ${v} is out of bounds for axis ${a.axis} with size ${size}`, op);
      }
    }
  }
  const strides = stridesOf(x.shape);
  const rest = x.shape.slice(consumed);
  const block = rest.reduce((p, d) => p * d, 1);
  const count = bshape.reduce((p, d) => p * d, 1);
  charge(op, [...bshape, ...rest]);
  const offsets = new Int32Array(count);
  for (const a of arrays) {
    if (a.axis === null) continue;
    const size = x.shape[a.axis];
    const stride = strides[a.axis];
    const map = broadcastOffsets(a.shape, bshape);
    for (let i = 0; i < count; i++) {
      const v = a.values[map ? map[i] : i];
      offsets[i] += (v < 0 ? v + size : v) * stride;
    }
  }
  return { shape: [...bshape, ...rest], offsets, block };
}

/** A bool index array as NumPy sees it: one coordinate array per axis it covers (its nonzero()). */
function boolCoordinates(x: Tensor, mask: Tensor, axis: number, op: string): IndexArray[] {
  if (mask.ndim === 0) return [{ axis: null, shape: [mask.data[0] ? 1 : 0], values: [] }];
  for (let k = 0; k < mask.ndim; k++) {
    if (mask.shape[k] !== x.shape[axis + k]) {
      throw indexError(
        `boolean index did not match indexed array along axis ${axis + k}; size of axis is ${x.shape[axis + k]} but size of corresponding boolean axis is ${mask.shape[k]}`,
        op,
      );
    }
  }
  const strides = stridesOf(mask.shape);
  const hits: number[] = [];
  for (let i = 0; i < mask.size; i++) if (mask.data[i]) hits.push(i);
  return mask.shape.map((_, k) => ({
    axis: axis + k,
    shape: [hits.length],
    values: hits.map((flat) => Math.floor(flat / strides[k]) % mask.shape[k]),
  }));
}
