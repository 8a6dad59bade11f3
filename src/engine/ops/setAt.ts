import { NumpyError } from '../errors';
import { tensor, type DType, type Tensor } from '../tensor';
import { planIndex } from './fancyIndex';
import { asOperand, dataOfOperand, shapeOfOperand, type Operand } from './operand';
import { broadcastOffsets, broadcastShapeOf, tupleText } from './shapes';

/**
 * `x[i0, i1, ...] = value` without touching x: a copy of x with the indexed places set. `value` is a
 * scalar or broadcasts to the indexed shape, and is cast to x's dtype. Where an index repeats, the last
 * write wins, as in NumPy. `setAt(dout, [mask], 0)` is the seed's `dout[self.mask] = 0`.
 */
export function setAt(x: Tensor, indices: readonly Tensor[], value: Operand): Tensor {
  const out = Float64Array.from(x.data);
  const v = asOperand(value);
  const vData = dataOfOperand(v);
  const [mask] = indices;
  if (indices.length === 1 && mask.dtype === 'bool' && sameShape(mask.shape, x.shape) && vData.length === 1) {
    // The common `a[mask] = scalar` with a full-shape mask, without building index lists.
    const c = cast(vData[0], x.dtype);
    const m = mask.data;
    for (let i = 0; i < out.length; i++) if (m[i]) out[i] = c;
    return tensor(x.shape, x.dtype, out);
  }
  const { shape, offsets, block } = planIndex(x, indices, 'setitem');
  const vShape = shapeOfOperand(v);
  const fits = broadcastShapeOf([vShape, shape]);
  if (!fits || !sameShape(fits, shape)) {
    throw new NumpyError(
      'ValueError',
      `shape mismatch: value array of shape ${tupleText(vShape)} could not be broadcast to indexing result of shape ${tupleText(shape)}`,
      'setitem',
    );
  }
  const map = broadcastOffsets(vShape, shape);
  for (let i = 0; i < offsets.length; i++) {
    for (let j = 0; j < block; j++) {
      const k = i * block + j;
      out[offsets[i] + j] = cast(vData[map ? map[k] : k], x.dtype);
    }
  }
  return tensor(x.shape, x.dtype, out);
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

function cast(v: number, dtype: DType): number {
  if (dtype === 'float64') return v;
  if (dtype === 'bool') return v !== 0 ? 1 : 0;
  if (!Number.isFinite(v)) {
    throw new NumpyError(
      'ValueError',
      `cannot convert float ${v !== v ? 'NaN' : 'infinity'} to integer`,
      'setitem',
    );
  }
  return Math.trunc(v) + 0;
}
