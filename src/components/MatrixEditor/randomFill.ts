import { astype, createRandomState, tensor, type DType, type Tensor } from '../../engine';

/** NumPy's `np.round(x, 2)`: scale, round half to even, scale back. */
function round2(x: number): number {
  const y = x * 100;
  let r = Math.round(y);
  if (Math.abs(y - Math.trunc(y)) === 0.5) r = 2 * Math.round(y / 2);
  return r / 100 + 0; // + 0 turns -0 into 0, so a random cell never prints as "-0."
}

/**
 * Random values of `shape` and `dtype`, the same for the same `seed` (`np.random.seed(seed)`):
 * float64 as `np.round(np.random.randn(*shape), 2)`, int64 as `np.random.randint(-5, 6, shape)`,
 * bool as `np.random.randint(0, 2, shape).astype(bool)` (a rounded -0.0 is stored as 0.0).
 */
export function randomTensor(shape: readonly number[], dtype: DType, seed: number): Tensor {
  const rs = createRandomState(seed >>> 0);
  if (dtype === 'int64') return rs.randint(-5, 6, shape);
  if (dtype === 'bool') return astype(rs.randint(0, 2, shape), 'bool');
  const normal = rs.randn(...shape);
  return tensor(shape, 'float64', normal.data.map(round2));
}
