import type { Tensor } from '../tensor';
import { normalizeAxis } from './shapes';

/**
 * How a reduction walks `x`: `outer` blocks, each with `len` values to reduce, `inner` apart (one output
 * per block and inner position). With no axis the whole array is one block of stride 1.
 */
export interface ReductionLayout {
  readonly outShape: number[];
  readonly outer: number;
  readonly len: number;
  readonly inner: number;
}

/** The layout of reducing `x` along `axis` (or all of it), raising NumPy's AxisError for a bad axis. */
export function reductionLayout(x: Tensor, axis: number | undefined, op: string): ReductionLayout {
  if (axis === undefined) return { outShape: [], outer: 1, len: x.size, inner: 1 };
  if (x.ndim === 0) {
    // NumPy lets a 0-d array be reduced along axis 0 (or -1), as if it were one value.
    normalizeAxis(axis, 1, op);
    return { outShape: [], outer: 1, len: 1, inner: 1 };
  }
  const ax = normalizeAxis(axis, x.ndim, op);
  const prod = (s: readonly number[]) => s.reduce((p, d) => p * d, 1);
  return {
    outShape: x.shape.filter((_, i) => i !== ax),
    outer: prod(x.shape.slice(0, ax)),
    len: x.shape[ax],
    inner: prod(x.shape.slice(ax + 1)),
  };
}
