import type { Rgb } from '../../../src/components/MatrixView/colorScale';

/**
 * Colour-vision-deficiency simulation and colour differences for the colour tests.
 * Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of Color Vision
 * Deficiency", severity 1.0 (dichromacy): 3×3 matrices applied to linear-light sRGB.
 */
type Matrix3 = readonly [readonly number[], readonly number[], readonly number[]];

/** The vision a colour is seen with. */
export const VISIONS: Readonly<Record<'typical' | 'protanopia' | 'deuteranopia', Matrix3>> = {
  typical: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
};

type Linear = readonly [number, number, number];

/** sRGB 0–255 to linear light 0–1. */
function linear(rgb: Rgb): Linear {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return [lin(rgb[0]), lin(rgb[1]), lin(rgb[2])];
}

/** `rgb` as a reader with the given vision sees it, in linear light (clipped to the display's gamut). */
export function simulate(rgb: Rgb, vision: Matrix3): Linear {
  const l = linear(rgb);
  const row = (m: readonly number[]) => Math.min(1, Math.max(0, m[0] * l[0] + m[1] * l[1] + m[2] * l[2]));
  return [row(vision[0]), row(vision[1]), row(vision[2])];
}

/** CIELAB (D65) of a linear-light sRGB colour. */
export function lab([r, g, b]: Linear): Linear {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference ΔE*ab: about 2.3 is just noticeable; past 20, two colours read as different. */
export function deltaE(a: Linear, b: Linear): number {
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/** WCAG contrast ratio of two linear-light colours. */
export function contrast(a: Linear, b: Linear): number {
  const y = ([r, g, bl]: Linear) => 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  const [hi, lo] = [y(a), y(b)].sort((p, q) => q - p);
  return (hi + 0.05) / (lo + 0.05);
}

/** `#rrggbb` or `rgb(r, g, b)` as channels. */
export function rgbOf(css: string): Rgb {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(css);
  if (hex) return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16)];
  const parts = css.match(/\d+/g);
  if (parts?.length !== 3) throw new Error(`not an #rrggbb or rgb() colour: ${css}`);
  return parts.map(Number) as unknown as Rgb;
}
