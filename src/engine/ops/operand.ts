import type { DType, Tensor } from '../tensor';

/**
 * A Python scalar written in the seed's code (`1`, `1.0`, `True`). NumPy 2 treats these as "weak": they
 * adopt the array's dtype when they fit, so `int_array + 1` stays int64 but `int_array + 1.0` is float64.
 */
export interface PyScalar {
  readonly kind: 'bool' | 'int' | 'float';
  readonly value: number;
}

/** Python's `1`: an int literal. */
export const pyInt = (value: number): PyScalar => ({ kind: 'int', value });
/** Python's `1.0`: a float literal. */
export const pyFloat = (value: number): PyScalar => ({ kind: 'float', value });
/** Python's `True` / `False`. */
export const pyBool = (value: boolean): PyScalar => ({ kind: 'bool', value: value ? 1 : 0 });

/** An operand of an element-wise op: a tensor, a Python scalar, or a bare JS number (a Python float). */
export type Operand = Tensor | PyScalar | number;

/** The operand with a bare number read as a Python float. */
export function asOperand(x: Operand): Tensor | PyScalar {
  return typeof x === 'number' ? pyFloat(x) : x;
}

/** Whether `x` is a tensor (rather than a Python scalar). */
export function isTensor(x: Tensor | PyScalar): x is Tensor {
  return 'shape' in x;
}

const RANK: Record<DType, number> = { bool: 0, int64: 1, float64: 2 };
const BY_RANK: readonly DType[] = ['bool', 'int64', 'float64'];
const KIND_DTYPE: Record<PyScalar['kind'], DType> = { bool: 'bool', int: 'int64', float: 'float64' };

/** The dtype of `x` on its own (a Python scalar's natural dtype). */
export function dtypeOf(x: Tensor | PyScalar): DType {
  return isTensor(x) ? x.dtype : KIND_DTYPE[x.kind];
}

/**
 * NumPy 2's result dtype for a binary arithmetic ufunc (NEP 50): two arrays promote to the wider of the
 * two; a Python scalar only widens the array's dtype to its own kind (bool < int < float).
 */
export function promote(a: Tensor | PyScalar, b: Tensor | PyScalar): DType {
  const ra = RANK[dtypeOf(a)];
  const rb = RANK[dtypeOf(b)];
  return BY_RANK[Math.max(ra, rb)];
}

/** Shape of an operand (a Python scalar is 0-d). */
export function shapeOfOperand(x: Tensor | PyScalar): readonly number[] {
  return isTensor(x) ? x.shape : [];
}

/** Values of an operand, as a tensor's data or a one-element array. */
export function dataOfOperand(x: Tensor | PyScalar): Float64Array {
  return isTensor(x) ? x.data : Float64Array.of(x.value);
}
