import { describe, expect, it } from 'vitest';
import {
  DARK_PALETTE,
  LIGHT_PALETTE,
  divergingColor,
  maxAbsFinite,
  toneOf,
  type Palette,
  type Rgb,
} from '../../../src/components/MatrixView/colorScale';
import { deltaE, rgbOf as rgbOfCss, simulate, VISIONS } from './colorVision';

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

describe('the diverging scale for colour-blind readers (Machado 2009 simulation)', () => {
  const themes = { light: LIGHT_PALETTE, dark: DARK_PALETTE } as const;
  const seen = (t: number, palette: Palette, vision: keyof typeof VISIONS) =>
    simulate(rgbOfCss(divergingColor(t, palette)), VISIONS[vision]);

  it('merges the ends of a red–green scale for protanopes and deuteranopes, so these checks can fail', () => {
    const [red, green]: Rgb[] = [
      [230, 97, 1],
      [77, 172, 38],
    ];
    const apart = (vision: keyof typeof VISIONS) =>
      deltaE(simulate(red, VISIONS[vision]), simulate(green, VISIONS[vision]));
    expect(apart('typical')).toBeGreaterThan(60);
    expect(apart('protanopia')).toBeLessThan(20);
    expect(apart('deuteranopia')).toBeLessThan(20);
  });

  it.each(['light', 'dark'] as const)(
    'keeps the negative and positive ends far apart (ΔE ≥ 40) in the %s theme, for every vision',
    (theme) => {
      for (const vision of Object.keys(VISIONS) as (keyof typeof VISIONS)[]) {
        const ends = deltaE(seen(-1, themes[theme], vision), seen(1, themes[theme], vision));
        expect(ends, vision).toBeGreaterThanOrEqual(40);
      }
    },
  );

  it.each(['light', 'dark'] as const)(
    'tells -t from +t, and both from zero, from half strength on in the %s theme, for every vision',
    (theme) => {
      for (const vision of Object.keys(VISIONS) as (keyof typeof VISIONS)[]) {
        for (const t of [0.5, 0.75, 1]) {
          const [neg, mid, pos] = [-t, 0, t].map((v) => seen(v, themes[theme], vision));
          expect(deltaE(neg, pos), `${vision} ±${t}`).toBeGreaterThanOrEqual(20);
          expect(deltaE(neg, mid), `${vision} -${t} vs 0`).toBeGreaterThanOrEqual(10);
          expect(deltaE(pos, mid), `${vision} +${t} vs 0`).toBeGreaterThanOrEqual(10);
        }
      }
    },
  );
});
