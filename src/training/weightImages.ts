/**
 * W1's columns as pictures: column j of W1 (inputSize × hidden) holds the weights hidden unit j gives
 * each pixel, so reshaped to rows × cols it shows the pattern that unit responds to.
 */

/** One tile's RGBA pixels for column `j`, on a diverging scale: blue < 0 < red, white at 0. */
export function columnImage(
  W1: ArrayLike<number>,
  inputSize: number,
  hidden: number,
  j: number,
  out: Uint8ClampedArray = new Uint8ClampedArray(inputSize * 4),
): Uint8ClampedArray {
  if (j < 0 || j >= hidden || W1.length !== inputSize * hidden) {
    throw new RangeError(
      `columnImage: column ${j} of a ${inputSize}×${hidden} W1 holding ${W1.length} values`,
    );
  }
  // Each tile uses its own scale: the units differ in magnitude, and their pattern is what matters.
  let max = 0;
  for (let i = 0; i < inputSize; i++) max = Math.max(max, Math.abs(W1[i * hidden + j]));
  for (let i = 0; i < inputSize; i++) {
    const v = max === 0 ? 0 : W1[i * hidden + j] / max;
    const [r, g, b] = diverging(v);
    out[i * 4] = r;
    out[i * 4 + 1] = g;
    out[i * 4 + 2] = b;
    out[i * 4 + 3] = 255;
  }
  return out;
}

/** The colour of v in [-1, 1]: white at 0, towards #2563eb at -1 and #dc2626 at +1. */
export function diverging(v: number): [number, number, number] {
  const t = Math.min(1, Math.abs(v));
  const [r, g, b] = v < 0 ? [37, 99, 235] : [220, 38, 38];
  return [Math.round(255 + (r - 255) * t), Math.round(255 + (g - 255) * t), Math.round(255 + (b - 255) * t)];
}

/** Where tile j sits in a grid of `perRow` tiles of side `tile` separated by `gap` pixels. */
export function tileOrigin(j: number, perRow: number, tile: number, gap: number): { x: number; y: number } {
  return { x: (j % perRow) * (tile + gap), y: Math.floor(j / perRow) * (tile + gap) };
}
