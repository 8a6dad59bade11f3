/**
 * A diverging colour scale for matrix cells: blue for negative, a neutral middle for zero, orange for
 * positive. Blue–orange stays distinguishable under the common colour-vision deficiencies, and each end
 * is light enough (light theme) or dark enough (dark theme) for the theme's text colour to keep at least
 * 4.5:1 contrast on it.
 */

/** An sRGB colour as three 0–255 channels. */
export type Rgb = readonly [number, number, number];

/** The three stops of a diverging palette. */
export interface Palette {
  readonly negative: Rgb;
  readonly middle: Rgb;
  readonly positive: Rgb;
}

/** For a light page: dark text on every stop. */
export const LIGHT_PALETTE: Palette = {
  negative: [91, 155, 213],
  middle: [255, 255, 255],
  positive: [240, 160, 75],
};

/** For a dark page: light text on every stop; the middle matches the dark surface. */
export const DARK_PALETTE: Palette = {
  negative: [42, 95, 158],
  middle: [35, 38, 45],
  positive: [154, 79, 20],
};

/** Where one value falls on the scale: a position in [-1, 1], or one of the non-finite cases. */
export type Tone =
  | { readonly kind: 'finite'; readonly t: number }
  | { readonly kind: 'nan' }
  | { readonly kind: 'inf'; readonly sign: 1 | -1 };

/** The largest finite magnitude among `values` (0 when there is none): one matrix's normaliser. */
export function maxAbsFinite(values: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < values.length; i++) {
    const a = Math.abs(values[i]);
    if (a > m && a !== Infinity) m = a;
  }
  return m;
}

/** Places `x` on the scale of a matrix whose largest finite magnitude is `maxAbs`. */
export function toneOf(x: number, maxAbs: number): Tone {
  if (Number.isNaN(x)) return { kind: 'nan' };
  if (x === Infinity) return { kind: 'inf', sign: 1 };
  if (x === -Infinity) return { kind: 'inf', sign: -1 };
  if (maxAbs === 0) return { kind: 'finite', t: 0 };
  return { kind: 'finite', t: Math.max(-1, Math.min(1, x / maxAbs)) };
}

/** The colour at position `t` in [-1, 1] of `palette`, as a CSS `rgb()` string. */
export function divergingColor(t: number, palette: Palette): string {
  const end = t < 0 ? palette.negative : palette.positive;
  const w = Math.min(1, Math.abs(t));
  const mix = (i: number) => Math.round(palette.middle[i] + (end[i] - palette.middle[i]) * w);
  return `rgb(${mix(0)}, ${mix(1)}, ${mix(2)})`;
}
