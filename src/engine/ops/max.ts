import { NumpyError } from '../errors';
import { tensor, type Tensor } from '../tensor';
import { reductionLayout } from './reduction';

/** `np.max(x)` (0-d) or `np.max(x, axis=axis)`: keeps x's dtype; any nan in a group makes its max nan. */
export function max(x: Tensor, axis?: number): Tensor {
  const { outShape, outer, len, inner } = reductionLayout(x, axis, 'np.max');
  if (len === 0) {
    throw new NumpyError(
      'ValueError',
      'zero-size array to reduction operation maximum which has no identity',
      'np.max',
    );
  }
  const d = x.data;
  const out = new Float64Array(outer * inner);
  for (let o = 0; o < outer; o++) {
    for (let j = 0; j < inner; j++) {
      const base = o * len * inner + j;
      let m = d[base];
      for (let i = 1; i < len; i++) {
        const v = d[base + i * inner];
        if (v > m || v !== v) m = v;
        if (m !== m) break;
      }
      out[o * inner + j] = m;
    }
  }
  return tensor(outShape, x.dtype, out);
}
