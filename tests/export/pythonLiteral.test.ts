import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { array, full, tensor } from '../../src/engine';
import { pythonArray, pythonAssignment, pythonFloat } from '../../src/export/pythonLiteral';
import { decodeNumber, exported, ran } from './exportFixture';

describe('pythonFloat', () => {
  it(`is Python's repr for ${exported.floats.length} doubles across every exponent (tests/fixtures/export.json)`, () => {
    expect(ran.float_reprs).toHaveLength(exported.floats.length);
    const mine = exported.floats.map((v) => pythonFloat(decodeNumber(v)));
    expect(mine).toEqual(ran.float_reprs);
  });

  it("spells exponents Python's way: 1e-05, 1.5e-07, 1e+16, 1e+21, 5e-324", () => {
    expect([1e-5, 1.5e-7, 1e16, 1e21, 5e-324].map(pythonFloat)).toEqual([
      '1e-05',
      '1.5e-07',
      '1e+16',
      '1e+21',
      '5e-324',
    ]);
  });

  it('writes whole numbers with .0 and keeps the sign of -0.0', () => {
    expect([1, -2, 1e15, 0, -0].map(pythonFloat)).toEqual([
      '1.0',
      '-2.0',
      '1000000000000000.0',
      '0.0',
      '-0.0',
    ]);
  });

  it('writes nan and the infinities through NumPy, which has names for them', () => {
    expect([NaN, Infinity, -Infinity].map(pythonFloat)).toEqual(['np.nan', 'np.inf', '-np.inf']);
  });

  it('reads back as the very same double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Object.is(Number(pythonFloat(x)), x)).toBe(true);
      }),
    );
  });
});

describe('pythonArray', () => {
  it('writes a 2-D float array one row per line, aligned under the first, with its dtype', () => {
    const x = array(
      [
        [1.0, -0.5],
        [-2.0, 3.0],
      ],
      'float64',
    );
    expect(pythonAssignment('x', x)).toBe(
      'x = np.array([[1.0, -0.5],\n              [-2.0, 3.0]], dtype=np.float64)',
    );
  });

  it('writes int64 as the digits of the double held (2**53 + 1 is held as 2**53) and bool as True/False', () => {
    expect(pythonArray(array([0, -7, 2 ** 53 + 1], 'int64'))).toBe(
      'np.array([0, -7, 9007199254740992], dtype=np.int64)',
    );
    expect(pythonArray(array([true, false], 'bool'))).toBe('np.array([True, False], dtype=bool)');
  });

  it('writes a 0-d array as a scalar in np.array, and an empty one with np.zeros and its shape', () => {
    expect(pythonArray(tensor([], 'float64', Float64Array.of(2.5)))).toBe('np.array(2.5, dtype=np.float64)');
    expect(pythonArray(full([0, 3], 0, 'int64'))).toBe('np.zeros((0, 3), dtype=np.int64)');
    expect(pythonArray(full([0], 0, 'bool'))).toBe('np.zeros((0,), dtype=bool)');
  });

  it('separates the blocks of a 3-D array by a blank line, as NumPy prints them', () => {
    const t = tensor([2, 1, 2], 'int64', Float64Array.of(1, 2, 3, 4));
    expect(pythonArray(t)).toBe('np.array([[[1, 2]],\n\n          [[3, 4]]], dtype=np.int64)');
  });
});
