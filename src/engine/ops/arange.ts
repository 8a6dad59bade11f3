import { tensor, type Tensor } from '../tensor';

/** `np.arange(n)`: the int64 values 0, 1, ..., n - 1. */
export function arange(n: number): Tensor {
  const count = Math.max(0, Math.ceil(n));
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = i;
  return tensor([count], 'int64', out);
}
