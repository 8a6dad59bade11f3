import type { Tensor } from '../engine';
import { rowsOf } from './matrixRows';

/**
 * The class the loss reads in each row of `y`, as the book's cross_entropy_error picks it: the argmax
 * of each row of a one-hot `t` (same size as `y`), else the int64 `t` as one label per row
 * (`y[np.arange(batch_size), t]`, negative labels counting from the end). Null when `t` fits neither
 * reading or a label is out of range — the cell shows NumPy's error then.
 */
export function softmaxTargets(y: Tensor, t: Tensor): number[] | null {
  const view = rowsOf(y);
  if (view.cols === 0) return null;
  const sameShape = y.ndim <= 1 || (t.ndim === y.ndim && t.shape.every((d, i) => d === y.shape[i]));
  if (t.size === y.size && sameShape) {
    const targets: number[] = [];
    for (let i = 0; i < view.rows; i++) {
      let best = 0;
      for (let j = 1; j < view.cols; j++)
        if (t.data[i * view.cols + j] > t.data[i * view.cols + best]) best = j;
      targets.push(best);
    }
    return targets;
  }
  if (t.size !== view.rows || t.dtype !== 'int64') return null;
  const targets: number[] = [];
  for (let i = 0; i < view.rows; i++) {
    const label = t.data[i] < 0 ? t.data[i] + view.cols : t.data[i];
    if (label < 0 || label >= view.cols) return null;
    targets.push(label);
  }
  return targets;
}
