import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatFloats, usesScientific } from '../../../src/engine/format/floatFormat';

describe('usesScientific', () => {
  it('usesScientific is false while magnitudes stay in [1e-4, 1e8) within three decades', () => {
    expect(usesScientific([1e-4, 0.05])).toBe(false);
    expect(usesScientific([1, 1000])).toBe(false);
    expect(usesScientific([99999999, 1e5])).toBe(false);
  });
  it('usesScientific is true from 1e8, below 1e-4, or past a ratio of 1000', () => {
    expect(usesScientific([1e8])).toBe(true);
    expect(usesScientific([9.99e-5, 0.05])).toBe(true);
    expect(usesScientific([1, 1000.0001])).toBe(true);
  });
  it('usesScientific ignores zeros, nan and infinities', () => {
    expect(usesScientific([0, -0, NaN, Infinity, 1e-3])).toBe(false);
    expect(usesScientific([0, 0])).toBe(false);
  });
});

describe('formatFloats', () => {
  it('formatFloats pads so decimal points align, keeping the trailing point of whole numbers', () => {
    expect(formatFloats([1, -0.5, -2, 3])).toEqual([' 1. ', '-0.5', '-2. ', ' 3. ']);
  });
  it('formatFloats rounds to 8 decimals but shows no more digits than each value needs', () => {
    expect(formatFloats([0.7310585786300049, 0.5])).toEqual(['0.73105858', '0.5       ']);
  });
  it('formatFloats prints -0. with its sign', () => {
    expect(formatFloats([-0, 1])).toEqual(['-0.', ' 1.']);
  });
  it('formatFloats right-aligns nan and inf to the element width', () => {
    expect(formatFloats([NaN, 1.5, -Infinity])).toEqual([' nan', ' 1.5', '-inf']);
    expect(formatFloats([Infinity, 1e-7])).toEqual(['   inf', '1.e-07']);
  });
  it('formatFloats zero-pads every mantissa to the longest in scientific notation', () => {
    expect(formatFloats([1e-5, 1.5e-5, 1e-100])).toEqual(['1.0e-005', '1.5e-005', '1.0e-100']);
    expect(formatFloats([1e20, -1e-10, 0])).toEqual([' 1.e+20', '-1.e-10', ' 0.e+00']);
  });
  it('formatFloats fills extra mantissa digits of a subnormal from its exact value', () => {
    expect(formatFloats([1.7976931348623157e308, 5e-324])).toEqual(['1.79769313e+308', '4.94065646e-324']);
  });
  it('formatFloats gives every element the same width', () => {
    fc.assert(
      fc.property(fc.array(fc.double(), { minLength: 1, maxLength: 20 }), (xs) => {
        const widths = new Set(formatFloats(xs).map((w) => w.length));
        expect(widths.size).toBe(1);
      }),
    );
  });
  it('formatFloats words parse back with Number() to within half of the last shown digit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 20 }),
        (xs) => {
          formatFloats(xs).forEach((word, i) => {
            const back = Number(word);
            expect(Number.isNaN(back)).toBe(false);
            expect(Math.abs(back - xs[i])).toBeLessThanOrEqual(5.000001e-9 * Math.max(1, Math.abs(xs[i])));
          });
        },
      ),
    );
  });
});
