import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exactDigits, roundDigits, shortestDigits } from '../../../src/engine/format/decimalDigits';

/** Rounds x to `keep` significant digits from its exact expansion: slow, but correct by construction. */
const roundExact = (x: number, keep: number) => roundDigits(x, exactDigits(x), keep);

/** Decimals whose digit after the cut is a 5, the cases where shortest digits could mislead. */
const tieLike = fc
  .tuple(
    fc.integer({ min: 0, max: 99999 }),
    fc.integer({ min: 0, max: 99999999 }),
    fc.integer({ min: -8, max: 8 }),
  )
  .map(([i, f, e]) => Number(`${i}.${String(f).padStart(8, '0')}5e${e}`));

describe('shortestDigits', () => {
  it('shortestDigits(x) splits JS’s shortest text into digits and a scientific exponent', () => {
    expect(shortestDigits(0.1)).toEqual({ digits: '1', exp: -1 });
    expect(shortestDigits(-123.456)).toEqual({ digits: '123456', exp: 2 });
    expect(shortestDigits(100)).toEqual({ digits: '1', exp: 2 });
    expect(shortestDigits(1e-7)).toEqual({ digits: '1', exp: -7 });
    expect(shortestDigits(1.5e300)).toEqual({ digits: '15', exp: 300 });
    expect(shortestDigits(5e-324)).toEqual({ digits: '5', exp: -324 });
    expect(shortestDigits(0.30000000000000004)).toEqual({ digits: '30000000000000004', exp: -1 });
  });
});

describe('exactDigits', () => {
  it('exactDigits(x) expands the binary value completely', () => {
    expect(exactDigits(0.1)).toEqual({
      digits: '1000000000000000055511151231257827021181583404541015625',
      exp: -1,
    });
    expect(exactDigits(1e16)).toEqual({ digits: '1', exp: 16 });
    expect(exactDigits(5e-324).digits.startsWith('494065645841246544')).toBe(true);
    expect(exactDigits(5e-324).exp).toBe(-324);
  });
});

describe('roundDigits', () => {
  it('roundDigits keeps digits that already fit', () => {
    expect(roundDigits(0.125, shortestDigits(0.125), 3)).toEqual({ digits: '125', exp: -1 });
  });
  it('roundDigits breaks exact ties to even, as Dragon4 does (0.125 → 0.12, 0.375 → 0.38, 2.5 → 2)', () => {
    expect(roundDigits(0.125, shortestDigits(0.125), 2)).toEqual({ digits: '12', exp: -1 });
    expect(roundDigits(0.375, shortestDigits(0.375), 2)).toEqual({ digits: '38', exp: -1 });
    expect(roundDigits(2.5, shortestDigits(2.5), 1)).toEqual({ digits: '2', exp: 0 });
    expect(roundDigits(0.5, shortestDigits(0.5), 0)).toBeNull();
  });
  it('roundDigits rounds a decimal-looking tie by the exact binary value (1.00000005 is just below, 1.000000025 above)', () => {
    expect(roundDigits(1.00000005, shortestDigits(1.00000005), 8)).toEqual({ digits: '1', exp: 0 });
    expect(roundDigits(0.123456785, shortestDigits(0.123456785), 8)).toEqual({ digits: '12345678', exp: -1 });
    expect(roundDigits(1.000000025, shortestDigits(1.000000025), 9)).toEqual({ digits: '100000003', exp: 0 });
    expect(roundDigits(1.234567885e-5, shortestDigits(1.234567885e-5), 9)).toEqual({
      digits: '123456788',
      exp: -5,
    });
  });
  it('roundDigits carries through nines into a new leading digit', () => {
    expect(roundDigits(9.9999999995, shortestDigits(9.9999999995), 9)).toEqual({ digits: '1', exp: 1 });
    expect(roundDigits(0.96, shortestDigits(0.96), 1)).toEqual({ digits: '1', exp: 0 });
    expect(roundDigits(0.06, shortestDigits(0.06), 0)).toEqual({ digits: '1', exp: -1 });
  });
  it('roundDigits returns null when every digit falls past the cut', () => {
    expect(roundDigits(1e-9, shortestDigits(1e-9), -1)).toBeNull();
    expect(roundDigits(0.04, shortestDigits(0.04), 0)).toBeNull();
  });
  it('roundDigits(shortest) equals rounding the exact value, for any normal double', () => {
    const normal = fc
      .double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 })
      .filter((x) => Math.abs(x) > 1e-300);
    fc.assert(
      fc.property(fc.oneof(normal, tieLike), fc.integer({ min: 0, max: 15 }), (x, keep) => {
        expect(roundDigits(x, shortestDigits(x), keep)).toEqual(roundExact(x, keep));
      }),
      { numRuns: 3000 },
    );
  });
});
