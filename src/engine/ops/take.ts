import { tensor, type Tensor } from '../tensor';
import { planIndex } from './fancyIndex';

/**
 * `x[i0, i1, ...]` with index arrays (int or bool) on x's leading axes: NumPy's advanced indexing,
 * returning a new tensor. `take(y, [arange(n), t])` is the seed's `y[np.arange(batch_size), t]`.
 */
export function take(x: Tensor, indices: readonly Tensor[]): Tensor {
  const { shape, offsets, block } = planIndex(x, indices, 'getitem');
  const out = new Float64Array(offsets.length * block);
  const d = x.data;
  for (let i = 0; i < offsets.length; i++) {
    const o = offsets[i];
    for (let j = 0; j < block; j++) out[i * block + j] = d[o + j];
  }
  return tensor(shape, x.dtype, out);
}
