import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fixtures from '../../fixtures/print.json';
import { formatScalar, type DType } from '../../../src/engine';

const SPECIAL: Record<string, number> = { nan: NaN, inf: Infinity, '-inf': -Infinity, '-0.0': -0 };
const decode = (v: number | boolean | string): number =>
  typeof v === 'boolean' ? (v ? 1 : 0) : typeof v === 'string' ? SPECIAL[v] : v;

describe('formatScalar', () => {
  for (const c of fixtures.scalars) {
    it(`formatScalar(${String(c.value)}, ${c.dtype}) is NumPy's str(): ${c.str}`, () => {
      expect(formatScalar(decode(c.value), c.dtype as DType)).toBe(c.str);
    });
  }
  it('formatScalar prints the seed’s loss as Python does', () => {
    expect(formatScalar(0.10406420174253615, 'float64')).toBe('0.10406420174253615');
  });
  it('formatScalar switches to exponent form below 1e-4 and from 1e16, with two exponent digits', () => {
    expect(formatScalar(0.0001, 'float64')).toBe('0.0001');
    expect(formatScalar(1e-5, 'float64')).toBe('1e-05');
    expect(formatScalar(9999999999999998, 'float64')).toBe('9999999999999998.0');
    expect(formatScalar(1e16, 'float64')).toBe('1e+16');
    expect(formatScalar(-1.5e300, 'float64')).toBe('-1.5e+300');
  });
  it('formatScalar keeps the sign of -0.0 and names nan and the infinities', () => {
    expect(formatScalar(-0, 'float64')).toBe('-0.0');
    expect(formatScalar(NaN, 'float64')).toBe('nan');
    expect(formatScalar(-Infinity, 'float64')).toBe('-inf');
  });
  it('formatScalar prints int64 without exponent or point, and bools as True/False', () => {
    expect(formatScalar(-7, 'int64')).toBe('-7');
    expect(formatScalar(2 ** 53, 'int64')).toBe('9007199254740992');
    expect(formatScalar(1, 'bool')).toBe('True');
    expect(formatScalar(0, 'bool')).toBe('False');
  });
  it('formatScalar(x, "float64") parses back to exactly x for every finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Object.is(Number(formatScalar(x, 'float64')), x)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
