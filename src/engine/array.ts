import { NumpyError } from './errors';
import { tensor, type DType, type Tensor } from './tensor';

/** A nested JS array of numbers or booleans, or a bare scalar. */
export type Nested = number | boolean | readonly Nested[];

/** The dtype `np.array` infers: any float → float64, else any int → int64, else bool; empty → float64. */
function inferDtype(flat: readonly (number | boolean)[], sawFloat: boolean): DType {
  if (flat.length === 0) return 'float64';
  if (sawFloat) return 'float64';
  return flat.some((v) => typeof v === 'number') ? 'int64' : 'bool';
}

/** Casts one value to `dtype` as `np.array(..., dtype=dtype)` would. */
function castValue(v: number | boolean, dtype: DType): number {
  const n = typeof v === 'boolean' ? (v ? 1 : 0) : v;
  if (dtype === 'bool') return n !== 0 || Number.isNaN(n) ? 1 : 0;
  if (dtype === 'int64') {
    if (!Number.isFinite(n)) {
      throw new NumpyError('ValueError', `cannot convert float ${n} to integer`, 'np.array');
    }
    return Math.trunc(n) + 0;
  }
  return n;
}

/**
 * `np.array(value, dtype)`: builds a tensor from nested JS numbers/booleans.
 * Infers the dtype as NumPy does; a bare number gives a 0-d tensor; `[]` gives shape (0,).
 * Ragged nesting raises NumPy's "inhomogeneous shape" ValueError.
 */
export function array(value: Nested, dtype?: DType): Tensor {
  const shape: number[] = [];
  let probe: Nested = value;
  while (Array.isArray(probe)) {
    shape.push(probe.length);
    if (probe.length === 0) break;
    probe = probe[0];
  }
  const flat: (number | boolean)[] = [];
  let sawFloat = false;
  const walk = (v: Nested, depth: number): void => {
    if (depth === shape.length) {
      if (Array.isArray(v)) throw inhomogeneous(shape, depth);
      const x = v as number | boolean;
      if (typeof x === 'number') {
        if (!Number.isInteger(x)) sawFloat = true;
      } else if (typeof x !== 'boolean') {
        throw new NumpyError('TypeError', `unsupported element ${String(x)}`, 'np.array');
      }
      flat.push(x);
      return;
    }
    if (!Array.isArray(v) || v.length !== shape[depth]) throw inhomogeneous(shape, depth);
    for (const item of v as readonly Nested[]) walk(item, depth + 1);
  };
  walk(value, 0);
  const dt = dtype ?? inferDtype(flat, sawFloat);
  const data = new Float64Array(flat.length);
  for (let i = 0; i < flat.length; i++) data[i] = castValue(flat[i], dt);
  return tensor(shape, dt, data);
}

function inhomogeneous(shape: readonly number[], depth: number): NumpyError {
  return new NumpyError(
    'ValueError',
    `setting an array element with a sequence. The requested array has an inhomogeneous shape after ${depth} dimensions. The detected shape was (${shape.slice(0, depth).join(', ')}${depth === 1 ? ',' : ''}) + inhomogeneous part.`,
    'np.array',
  );
}

/** The tensor back as nested JS arrays (booleans for bool, numbers otherwise), as `arr.tolist()`. */
export function toNested(t: Tensor): Nested {
  const { shape, data, dtype } = t;
  const conv = (x: number): number | boolean => (dtype === 'bool' ? x !== 0 : x);
  if (shape.length === 0) return conv(data[0]);
  let offset = 0;
  const build = (depth: number): Nested[] => {
    const out: Nested[] = [];
    const n = shape[depth];
    for (let i = 0; i < n; i++) {
      if (depth === shape.length - 1) out.push(conv(data[offset++]));
      else out.push(build(depth + 1));
    }
    return out;
  };
  return build(0);
}

/** `t.astype(dtype)`: a new tensor with values cast as NumPy casts them. */
export function astype(t: Tensor, dtype: DType): Tensor {
  const data = new Float64Array(t.size);
  for (let i = 0; i < t.size; i++) data[i] = castValue(t.data[i], dtype);
  return tensor(t.shape, dtype, data);
}
