import { charge } from '../budget';
import { NumpyError } from '../errors';
import { stridesOf } from '../tensor';

/** A shape as NumPy prints it inside error messages: `(2,3)`, `(2,)`, `()` (no spaces). */
export function tupleText(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(',')})`;
}

/**
 * The broadcast shape of `shapes`, or null when they do not broadcast. Right-aligned; a dimension of 1
 * stretches to match the other.
 */
export function broadcastShapeOf(shapes: readonly (readonly number[])[]): number[] | null {
  const ndim = Math.max(0, ...shapes.map((s) => s.length));
  const out = new Array<number>(ndim).fill(1);
  for (const s of shapes) {
    for (let i = 0; i < s.length; i++) {
      const k = ndim - s.length + i;
      if (s[i] === out[k] || s[i] === 1) continue;
      if (out[k] !== 1) return null;
      out[k] = s[i];
    }
  }
  return out;
}

/**
 * The broadcast shape of a ufunc's operands, or NumPy's ValueError naming every operand's shape. The
 * ufunc's result is counted against the budget in force (a broadcast can make far more than its inputs).
 */
export function broadcastShapes(shapes: readonly (readonly number[])[], op: string): number[] {
  const out = broadcastShapeOf(shapes);
  if (out) {
    charge(op, out);
    return out;
  }
  throw new NumpyError(
    'ValueError',
    `operands could not be broadcast together with shapes ${shapes.map((s) => tupleText(s) + ' ').join('')}`,
    op,
  );
}

/**
 * For each element of `outShape` (row-major), the offset of the element of an array of `shape` that
 * broadcasts onto it; null when `shape` equals `outShape` (the offset is the index itself).
 */
export function broadcastOffsets(shape: readonly number[], outShape: readonly number[]): Int32Array | null {
  if (shape.length === outShape.length && shape.every((d, i) => d === outShape[i])) return null;
  const ndim = outShape.length;
  const src = stridesOf(shape);
  const strides = new Array<number>(ndim).fill(0);
  for (let i = 0; i < shape.length; i++) {
    strides[ndim - shape.length + i] = shape[i] === 1 ? 0 : src[i];
  }
  let size = 1;
  for (const d of outShape) size *= d;
  const offsets = new Int32Array(size);
  if (size === 0) return offsets;
  const counter = new Array<number>(ndim).fill(0);
  let offset = 0;
  for (let i = 0; i < size; i++) {
    offsets[i] = offset;
    for (let k = ndim - 1; k >= 0; k--) {
      if (++counter[k] < outShape[k]) {
        offset += strides[k];
        break;
      }
      offset -= strides[k] * (outShape[k] - 1);
      counter[k] = 0;
    }
  }
  return offsets;
}

/** `axis` (possibly negative) as an index into a shape of `ndim` dimensions, or NumPy's AxisError. */
export function normalizeAxis(axis: number, ndim: number, op: string): number {
  if (!Number.isInteger(axis) || axis < -ndim || axis >= ndim) {
    // NumPy raises AxisError, a subclass of both ValueError and IndexError.
    throw new NumpyError('ValueError', `axis ${axis} is out of bounds for array of dimension ${ndim}`, op);
  }
  return axis < 0 ? axis + ndim : axis;
}
