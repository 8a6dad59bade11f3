import { describe, expect, it } from 'vitest';
import { elementTextsOf, numpyTextOf } from '../../../src/components/MatrixView/numpyText';
import { array, formatNumpy, tensor } from '../../../src/engine';

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
  it('gives each element as NumPy prints it inside the array', () => {
    expect(
      elementTextsOf(
        array([
          [1.0, -0.5],
          [-2.0, 3.0],
        ]),
      ),
    ).toEqual(['1.', '-0.5', '-2.', '3.']);
    expect(elementTextsOf(array([true, false]))).toEqual(['True', 'False']);
    expect(elementTextsOf(array([1, -20]))).toEqual(['1', '-20']);
  });
  it('uses the array’s common precision and notation', () => {
    expect(elementTextsOf(array([0.1 + 0.2, 1]))).toEqual(['0.3', '1.']);
    expect(elementTextsOf(array([1, 1e-5]))).toEqual(['1.e+00', '1.e-05']);
    expect(elementTextsOf(array([NaN, -Infinity, 1]))).toEqual(['nan', '-inf', '1.']);
  });
  it('gives a 0-d array its scalar text and an empty array no texts', () => {
    expect(elementTextsOf(tensor([], 'float64', Float64Array.of(1)))).toEqual(['1.0']);
    expect(elementTextsOf(array(true))).toEqual(['True']);
    expect(elementTextsOf(array([]))).toEqual([]);
  });
  it('still gives every element of an array NumPy would summarise with ...', () => {
    const t = tensor(
      [40, 40],
      'float64',
      Float64Array.from({ length: 1600 }, (_, i) => i / 4),
    );
    expect(numpyTextOf(t)).toContain('...');
    const texts = elementTextsOf(t);
    expect(texts).toHaveLength(1600);
    expect(texts[0]).toBe('0.');
    expect(texts[41]).toBe('10.25');
  });
});
