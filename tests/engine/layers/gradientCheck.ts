import fc from 'fast-check';
import { tensor, type Tensor } from '../../../src/engine';

/**
 * The central-difference gradient of the scalar `f` at `x`: (f(x + h) - f(x - h)) / 2h for each
 * element in turn, as the book's numerical_gradient computes it.
 */
export function numericalGradient(f: (x: Tensor) => number, x: Tensor, h = 1e-5): Float64Array {
  const grad = new Float64Array(x.size);
  for (let i = 0; i < x.size; i++) {
    const plus = Float64Array.from(x.data);
    const minus = Float64Array.from(x.data);
    plus[i] += h;
    minus[i] -= h;
    grad[i] = (f(tensor(x.shape, x.dtype, plus)) - f(tensor(x.shape, x.dtype, minus))) / (2 * h);
  }
  return grad;
}

/** sum(a * b) over matching elements, the scalar whose gradient a backward pass with dout = b computes. */
export function dotAll(a: Tensor, b: Tensor): number {
  let s = 0;
  for (let i = 0; i < a.size; i++) s += a.data[i] * b.data[i];
  return s;
}

/** The largest |analytic - numeric| relative to max(1, |numeric|). */
export function gradientError(analytic: Float64Array, numeric: Float64Array): number {
  let worst = 0;
  for (let i = 0; i < numeric.length; i++) {
    worst = Math.max(worst, Math.abs(analytic[i] - numeric[i]) / Math.max(1, Math.abs(numeric[i])));
  }
  return worst;
}

/** A float64 tensor of `shape` with values drawn from `values`. */
export function tensorOf(shape: number[], values: fc.Arbitrary<number>): fc.Arbitrary<Tensor> {
  const size = shape.reduce((p, d) => p * d, 1);
  return fc
    .array(values, { minLength: size, maxLength: size })
    .map((v) => tensor(shape, 'float64', Float64Array.from(v)));
}

/** Floats in [-limit, limit], no nan or inf. */
export const floats = (limit: number): fc.Arbitrary<number> =>
  fc.double({ min: -limit, max: limit, noNaN: true, noDefaultInfinity: true });
