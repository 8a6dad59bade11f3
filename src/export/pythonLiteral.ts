import { formatScalar, shapeText, type DType, type Tensor } from '../engine';

const DTYPE_NAMES: Readonly<Record<DType, string>> = {
  float64: 'np.float64',
  int64: 'np.int64',
  bool: 'bool',
};

/**
 * A Python expression for exactly the double `x`: Python's repr (the shortest digits that round-trip,
 * `0.1`, `1e-07`, `-0.0`), or `np.nan` / `np.inf` / `-np.inf`, which have no literal.
 */
export function pythonFloat(x: number): string {
  if (Number.isNaN(x)) return 'np.nan';
  if (x === Infinity) return 'np.inf';
  if (x === -Infinity) return '-np.inf';
  // str() of a float64 scalar is Python's repr of the same double.
  return formatScalar(x, 'float64');
}

/** One element of a tensor of `dtype`, as Python source. */
function element(x: number, dtype: DType): string {
  if (dtype === 'float64') return pythonFloat(x);
  return formatScalar(x, dtype);
}

/** The nested list for the block of `t` starting at `offset` along dimensions `dim`..end. */
function nested(t: Tensor, dim: number, offset: number, indent: string): string {
  const n = t.shape[dim];
  if (dim === t.ndim - 1) {
    const items: string[] = [];
    for (let i = 0; i < n; i++) items.push(element(t.data[offset + i], t.dtype));
    return `[${items.join(', ')}]`;
  }
  let block = 1;
  for (let d = dim + 1; d < t.ndim; d++) block *= t.shape[d];
  const rows: string[] = [];
  for (let i = 0; i < n; i++) rows.push(nested(t, dim + 1, offset + i * block, `${indent} `));
  // One innermost row per line, aligned under its opening bracket, as NumPy prints arrays.
  const separator = dim === t.ndim - 2 ? `,\n${indent} ` : `,\n\n${indent} `;
  return `[${rows.join(separator)}]`;
}

/**
 * `t` as a Python expression that rebuilds it exactly, dtype included:
 * `np.array([[1.0, -0.5],\n          [-2.0, 3.0]], dtype=np.float64)`. An empty array, which a nested
 * list cannot shape, is `np.zeros((0, 3), dtype=...)`. `column` is where the expression starts on its
 * line, so that continued rows line up under the first.
 */
export function pythonArray(t: Tensor, column = 0): string {
  const dtype = DTYPE_NAMES[t.dtype];
  if (t.size === 0) return `np.zeros(${shapeText(t.shape)}, dtype=${dtype})`;
  const prefix = 'np.array(';
  const body =
    t.ndim === 0 ? element(t.data[0], t.dtype) : nested(t, 0, 0, ' '.repeat(column + prefix.length));
  return `${prefix}${body}, dtype=${dtype})`;
}

/** `name = <exact literal of t>` on as many lines as t has rows. */
export function pythonAssignment(name: string, t: Tensor): string {
  return `${name} = ${pythonArray(t, name.length + 3)}`;
}
