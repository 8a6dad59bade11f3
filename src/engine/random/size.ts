import { NumpyError } from '../errors';

/** A NumPy `size` argument: one length, a shape tuple, or omitted for a single value (0-d). */
export type Size = number | readonly number[] | undefined;

/** The shape a `size`/dimensions argument asks for, checked as NumPy checks it; `op` names the caller. */
export function shapeOfSize(size: Size, op: string): number[] {
  const dims = size === undefined ? [] : typeof size === 'number' ? [size] : [...size];
  for (const d of dims) {
    if (!Number.isInteger(d)) {
      throw new NumpyError('TypeError', `'float' object cannot be interpreted as an integer`, op);
    }
    if (d < 0) throw new NumpyError('ValueError', 'negative dimensions are not allowed', op);
  }
  return dims;
}
