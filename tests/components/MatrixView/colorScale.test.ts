import { describe, expect, it } from 'vitest';
import {
  DARK_PALETTE,
  LIGHT_PALETTE,
  divergingColor,
  maxAbsFinite,
  toneOf,
  type Rgb,
} from '../../../src/components/MatrixView/colorScale';

/** WCAG relative luminance and contrast ratio. */
const luminance = ([r, g, b]: Rgb) => {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
const rgbOf = (css: string): Rgb => css.match(/\d+/g)!.map(Number) as unknown as Rgb;

describe('maxAbsFinite', () => {
  it('is the largest finite magnitude, ignoring nan and inf, and 0 for none', () => {
    expect(maxAbsFinite([1, -3, 2])).toBe(3);
    expect(maxAbsFinite([NaN, Infinity, -0.5])).toBe(0.5);
    expect(maxAbsFinite([])).toBe(0);
  });
});

describe('toneOf', () => {
  it('places a value on [-1, 1] relative to the matrix’s largest magnitude', () => {
    expect(toneOf(-3, 3)).toEqual({ kind: 'finite', t: -1 });
    expect(toneOf(1.5, 3)).toEqual({ kind: 'finite', t: 0.5 });
    expect(toneOf(0, 3)).toEqual({ kind: 'finite', t: 0 });
  });
  it('puts everything at the middle for an all-zero matrix', () => {
    expect(toneOf(0, 0)).toEqual({ kind: 'finite', t: 0 });
  });
  it('marks nan and ±inf distinctly instead of placing them', () => {
    expect(toneOf(NaN, 1)).toEqual({ kind: 'nan' });
    expect(toneOf(Infinity, 1)).toEqual({ kind: 'inf', sign: 1 });
    expect(toneOf(-Infinity, 1)).toEqual({ kind: 'inf', sign: -1 });
  });
});

describe('divergingColor', () => {
  it('runs from the negative end through the middle to the positive end', () => {
    expect(divergingColor(-1, LIGHT_PALETTE)).toBe('rgb(91, 155, 213)');
    expect(divergingColor(0, LIGHT_PALETTE)).toBe('rgb(255, 255, 255)');
    expect(divergingColor(1, LIGHT_PALETTE)).toBe('rgb(240, 160, 75)');
  });
  it('changes monotonically towards each end', () => {
    const blueGap = (t: number) => 255 - rgbOf(divergingColor(t, LIGHT_PALETTE))[0];
    expect(blueGap(-0.25)).toBeLessThan(blueGap(-0.5));
    expect(blueGap(-0.5)).toBeLessThan(blueGap(-1));
  });
  it('keeps at least 4.5:1 contrast for the theme’s text everywhere on the scale', () => {
    const lightText: Rgb = [27, 31, 36];
    const darkText: Rgb = [232, 234, 237];
    for (let t = -1; t <= 1; t += 0.125) {
      expect(contrast(rgbOf(divergingColor(t, LIGHT_PALETTE)), lightText)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(rgbOf(divergingColor(t, DARK_PALETTE)), darkText)).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('sets the ends apart on the blue–yellow axis, which red–green colour blindness keeps', () => {
    for (const p of [LIGHT_PALETTE, DARK_PALETTE]) {
      expect(p.negative[2]).toBeGreaterThan(p.negative[0] + 80);
      expect(p.positive[0]).toBeGreaterThan(p.positive[2] + 80);
    }
  });
});
