import { NumpyError } from '../errors';
import { stridesOf, tensor, type Tensor } from '../tensor';

/** `x.T` (axes reversed) or `np.transpose(x, axes)`: a new tensor with the axes permuted. */
export function transpose(x: Tensor, axes?: readonly number[]): Tensor {
  const ndim = x.ndim;
  const perm = axes ? axes.map((a) => (a < 0 ? a + ndim : a)) : x.shape.map((_, i) => ndim - 1 - i);
  if (perm.length !== ndim) throw new NumpyError('ValueError', "axes don't match array", 'np.transpose');
  if (new Set(perm).size !== ndim || perm.some((a) => a < 0 || a >= ndim)) {
    throw new NumpyError('ValueError', 'repeated axis in transpose', 'np.transpose');
  }
  const shape = perm.map((a) => x.shape[a]);
  const src = stridesOf(x.shape);
  const strides = perm.map((a) => src[a]);
  const out = new Float64Array(x.size);
  const d = x.data;
  if (ndim === 2) {
    const [rows, cols] = shape;
    const [s0, s1] = strides;
    let k = 0;
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[k++] = d[i * s0 + j * s1];
    return tensor(shape, x.dtype, out);
  }
  const counter = new Array<number>(ndim).fill(0);
  let offset = 0;
  for (let k = 0; k < x.size; k++) {
    out[k] = d[offset];
    for (let a = ndim - 1; a >= 0; a--) {
      if (++counter[a] < shape[a]) {
        offset += strides[a];
        break;
      }
      offset -= strides[a] * (shape[a] - 1);
      counter[a] = 0;
    }
  }
  return tensor(shape, x.dtype, out);
}
