/**
 * The engine's one data type: an immutable, row-major n-d array with a NumPy dtype.
 *
 * Values of every dtype live in a Float64Array (bools as 0/1, int64 as exact integers up to 2**53).
 * No engine function ever writes into a tensor it was given; `data` is typed mutable only so that
 * hot loops can read it without copying.
 */
export type DType = 'float64' | 'int64' | 'bool';

/** An immutable NumPy-like array. Build with `array()` or `tensor()`; never mutate `data`. */
export interface Tensor {
  readonly shape: readonly number[];
  readonly dtype: DType;
  /** Row-major values; bools are 0/1. Treat as read-only. */
  readonly data: Float64Array;
  /** Number of elements, the product of `shape` (1 for a 0-d tensor). */
  readonly size: number;
  /** Number of dimensions, `shape.length`. */
  readonly ndim: number;
}

/** Number of elements of an array of this shape. */
export function sizeOf(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** Row-major strides, in elements. */
export function stridesOf(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i];
  }
  return strides;
}

// Whether the engine freezes what it returns. Freezing turns a stray write into a TypeError, which the
// tests and the dev server want; it is also the largest cost of a seed-size layer pass (V8 spends about
// as long freezing a small object as allocating its Float64Array), so production builds switch it off
// and rely on TypeScript's readonly types, as React does with props and Immer with its drafts.
let freezing = true;

/**
 * Whether tensors, their shapes and the layers' results come back frozen (Object.freeze). On by default;
 * the app turns it off in production builds. Either way no engine function writes into its inputs.
 */
export function setFreezing(on: boolean): void {
  freezing = on;
}

/** Whether the engine currently freezes what it returns (see setFreezing). */
export function isFreezing(): boolean {
  return freezing;
}

/** `Object.freeze(value)` while the engine freezes its results, else `value` as it is. */
export function freeze<T>(value: T): Readonly<T> {
  return freezing ? Object.freeze(value) : value;
}

/** Wraps `data` (taken over, not copied) as a tensor of `shape` and `dtype`. */
export function tensor(shape: readonly number[], dtype: DType, data: Float64Array): Tensor {
  for (const d of shape) {
    if (!Number.isInteger(d) || d < 0) throw new RangeError(`invalid shape (${shape.join(', ')})`);
  }
  const size = sizeOf(shape);
  if (data.length !== size) {
    throw new RangeError(`data of length ${data.length} does not fill shape (${shape.join(', ')})`);
  }
  // A frozen shape cannot change under us, so it is shared rather than copied.
  const own = Object.isFrozen(shape) ? shape : freeze([...shape]);
  return freeze({ shape: own, dtype, data, size, ndim: shape.length });
}

/**
 * Engine-internal `tensor()` for results whose shape the engine computed itself (valid by construction,
 * filled by `data`): skips the checks, and shares `shape` (frozen here if it is not yet). Callers must
 * pass a shape array nobody else will write to.
 */
export function resultTensor(shape: readonly number[], dtype: DType, data: Float64Array): Tensor {
  const own = !freezing || Object.isFrozen(shape) ? shape : Object.freeze(shape);
  return freeze({ shape: own, dtype, data, size: data.length, ndim: own.length });
}

/** A new tensor of `shape` and `dtype` filled with `value`. */
export function full(shape: readonly number[], value: number, dtype: DType = 'float64'): Tensor {
  return tensor(shape, dtype, new Float64Array(sizeOf(shape)).fill(value));
}

/** NumPy's spelling of a shape tuple: `(2, 3)`, `(3,)`, `()`. */
export function shapeText(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}
