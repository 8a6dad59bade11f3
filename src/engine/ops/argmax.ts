import { NumpyError } from '../errors';
import { tensor, type Tensor } from '../tensor';
import { reductionLayout } from './reduction';

/**
 * `np.argmax(x)` (index into the flattened array, 0-d) or `x.argmax(axis=axis)`: int64 indices of the
 * first largest value; a nan counts as largest, so the first nan wins.
 */
export function argmax(x: Tensor, axis?: number): Tensor {
  const { outShape, outer, len, inner } = reductionLayout(x, axis, 'np.argmax');
  if (len === 0) {
    throw new NumpyError('ValueError', 'attempt to get argmax of an empty sequence', 'np.argmax');
  }
  const d = x.data;
  const out = new Float64Array(outer * inner);
  for (let o = 0; o < outer; o++) {
    for (let j = 0; j < inner; j++) {
      const base = o * len * inner + j;
      let m = d[base];
      let at = 0;
      for (let i = 1; i < len && m === m; i++) {
        const v = d[base + i * inner];
        if (v > m || v !== v) {
          m = v;
          at = i;
        }
      }
      out[o * inner + j] = at;
    }
  }
  return tensor(outShape, 'int64', out);
}
