import { expect } from 'vitest';

/**
 * Asserts |actual - expected| <= rtol * |expected| + atol for every element, naming the first offender.
 * Shared by the net tests; not a test file itself.
 */
export function expectClose(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  rtol: number,
  atol: number,
  what: string,
): void {
  expect(actual.length, `${what}: length`).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i];
    const b = expected[i];
    const ok = Math.abs(a - b) <= rtol * Math.abs(b) + atol || Object.is(a, b);
    if (!ok) expect.fail(`${what}[${i}]: ${a} vs NumPy ${b} (diff ${Math.abs(a - b)})`);
  }
}

/** Largest absolute value, for tolerances that scale with the data. */
export function maxAbs(values: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < values.length; i++) m = Math.max(m, Math.abs(values[i]));
  return m;
}
