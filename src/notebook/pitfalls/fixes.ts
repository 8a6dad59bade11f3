import { astype, tensor, type Tensor } from '../../engine';
import type { CellInputs } from '../../store/types';
import type { PitfallFix } from './pitfall';

/** A fix that casts the named inputs to float64, as `x.astype(float)` would. */
export function toFloatFix(inputs: CellInputs, names: readonly string[]): PitfallFix {
  const matrices = Object.fromEntries(
    names.filter((n) => inputs.matrices[n]).map((n) => [n, astype(inputs.matrices[n], 'float64')]),
  );
  return {
    id: 'astype-float',
    label: {
      en: `Use float64: ${names.join(', ')}.astype(float)`,
      ja: `float64 にする: ${names.join(', ')}.astype(float)`,
    },
    patch: { matrices },
  };
}

/** The same values with another shape (the caller checks the sizes agree), like `t.reshape(shape)`. */
export function reshaped(t: Tensor, shape: readonly number[]): Tensor {
  return tensor(shape, t.dtype, t.data.slice());
}

/** Each row's index of its largest value (first on ties), as `t.argmax(axis=1)` for a 2-D t. */
export function rowArgmax(t: Tensor): Tensor {
  const [rows, cols] = t.shape;
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = 0;
    for (let c = 1; c < cols; c++) if (t.data[r * cols + c] > t.data[r * cols + best]) best = c;
    out[r] = best;
  }
  return tensor([rows], 'int64', out);
}

/** One-hot rows (int64) for integer `labels` over `classes` classes. */
export function oneHot(labels: readonly number[], classes: number): Tensor {
  const data = new Float64Array(labels.length * classes);
  labels.forEach((label, r) => (data[r * classes + label] = 1));
  return tensor([labels.length, classes], 'int64', data);
}
