import { describe, expect, it } from 'vitest';
import { elementTextsOf, numpyTextOf } from '../../../src/components/MatrixView/numpyText';
import { array, formatNumpy, tensor, type Tensor } from '../../../src/engine';
import fixtures from '../../fixtures/print.json';
import { printedWords } from '../../engine/format/printedWords';

/** How the NumPy fixtures spell the doubles JSON cannot hold. */
const SPECIAL: Record<string, number> = { nan: NaN, inf: Infinity, '-inf': -Infinity, '-0.0': -0 };

/** The texts in printing order (the map keeps it). */
const texts = (t: Tensor) => [...elementTextsOf(t).values()];

describe('numpyTextOf', () => {
  it('is formatNumpy(t), computed once per tensor', () => {
    const t = array([
      [1.0, -0.5],
      [-2.0, 3.0],
    ]);
    expect(numpyTextOf(t)).toBe(formatNumpy(t));
    expect(numpyTextOf(t)).toBe(numpyTextOf(t));
  });
});

describe('elementTextsOf', () => {
  it('gives each element as NumPy prints it inside the array, by flat index', () => {
    const t = array([
      [1.0, -0.5],
      [-2.0, 3.0],
    ]);
    expect([...elementTextsOf(t)]).toEqual([
      [0, '1.'],
      [1, '-0.5'],
      [2, '-2.'],
      [3, '3.'],
    ]);
    expect(texts(array([true, false]))).toEqual(['True', 'False']);
    expect(texts(array([1, -20]))).toEqual(['1', '-20']);
  });
  it('uses the array’s common precision and notation', () => {
    expect(texts(array([0.1 + 0.2, 1]))).toEqual(['0.3', '1.']);
    expect(texts(array([1, 1e-5]))).toEqual(['1.e+00', '1.e-05']);
    expect(texts(array([NaN, -Infinity, 1]))).toEqual(['nan', '-inf', '1.']);
  });
  it('gives a 0-d array its scalar text and an empty array no texts', () => {
    expect(texts(tensor([], 'float64', Float64Array.of(1)))).toEqual(['1.0']);
    expect(texts(array(true))).toEqual(['True']);
    expect(texts(array([]))).toEqual([]);
  });
  it('is computed once per tensor', () => {
    const t = array([1, 2]);
    expect(elementTextsOf(t)).toBe(elementTextsOf(t));
  });
  it('gives only the edge items of an array NumPy summarises with ..., in the notation NumPy prints them', () => {
    const t = tensor(
      [40, 40],
      'float64',
      Float64Array.from({ length: 1600 }, (_, i) => i / 4),
    );
    expect(numpyTextOf(t)).toContain('...');
    const shown = elementTextsOf(t);
    // The 3 first and last rows and columns: the cells the grid draws.
    expect(shown.size).toBe(36);
    expect([...shown.keys()].slice(0, 7)).toEqual([0, 1, 2, 37, 38, 39, 40]);
    // NumPy 2.4, print((np.arange(1600) / 4).reshape(40, 40)): `[[0.0000e+00 2.5000e-01 5.0000e-01 ...`
    // then `[1.0000e+01 1.0250e+01 ...`: the edge items span more than three decades, so the whole
    // printout is scientific (formatting row 1 alone would give `10.25`).
    expect(shown.get(0)).toBe('0.0000e+00');
    expect(shown.get(41)).toBe('1.0250e+01');
    expect(shown.get(1599)).toBe('3.9975e+02');
    expect(shown.has(3)).toBe(false);
  });
  it('gives a summarised array exactly the words of NumPy’s own printout of it', () => {
    const summarised = fixtures.arrays.filter((a) => a.str.includes('...') && a.shape.length <= 2);
    expect(summarised.length).toBeGreaterThanOrEqual(5);
    for (const c of summarised) {
      const data = Float64Array.from(c.data as (number | boolean | string)[], (v) =>
        typeof v === 'string' ? SPECIAL[v] : Number(v),
      );
      const t = tensor(c.shape, c.dtype as Tensor['dtype'], data);
      expect(texts(t), c.name).toEqual(printedWords(c.str));
    }
  });
});
