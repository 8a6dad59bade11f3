/**
 * W1's columns as pictures: column j of W1 (inputSize × hidden) holds the weights hidden unit j gives
 * each pixel, so reshaped to rows × cols it shows the pattern that unit responds to.
 */

/** Where the tiles go: `perRow` tiles of rows × cols pixels a row, `gap` pixels apart. */
export interface TileGrid {
  readonly perRow: number;
  readonly rows: number;
  readonly cols: number;
  readonly gap: number;
}

const NEGATIVE = [37, 99, 235] as const;
const POSITIVE = [220, 38, 38] as const;

/** Writes the colour of v (see `diverging`) as opaque RGBA at `out[o..o+3]`, allocating nothing. */
function paint(v: number, out: Uint8ClampedArray | number[], o: number): void {
  const t = Math.min(1, Math.abs(v));
  const c = v < 0 ? NEGATIVE : POSITIVE;
  out[o] = Math.round(255 + (c[0] - 255) * t);
  out[o + 1] = Math.round(255 + (c[1] - 255) * t);
  out[o + 2] = Math.round(255 + (c[2] - 255) * t);
  out[o + 3] = 255;
}

/** The largest |w| of column j: each tile uses its own scale, since the pattern is what matters. */
function columnMax(W1: ArrayLike<number>, inputSize: number, hidden: number, j: number): number {
  let max = 0;
  for (let i = 0; i < inputSize; i++) max = Math.max(max, Math.abs(W1[i * hidden + j]));
  return max;
}

/** The grid's size in pixels when it holds `tiles` tiles. */
export function gridSize(tiles: number, grid: TileGrid): { width: number; height: number } {
  const across = Math.min(tiles, grid.perRow);
  const down = Math.ceil(tiles / grid.perRow);
  return {
    width: Math.max(0, across * (grid.cols + grid.gap) - grid.gap),
    height: Math.max(0, down * (grid.rows + grid.gap) - grid.gap),
  };
}

/**
 * The first `tiles` columns of W1 drawn as tiles into `out`, the RGBA pixels of a gridSize(tiles, grid)
 * image (the gaps are left as they are), so the whole grid reaches the canvas in one putImageData.
 */
export function weightGrid(
  W1: ArrayLike<number>,
  inputSize: number,
  hidden: number,
  tiles: number,
  grid: TileGrid,
  out: Uint8ClampedArray,
): Uint8ClampedArray {
  const { width, height } = gridSize(tiles, grid);
  if (W1.length !== inputSize * hidden || tiles > hidden) {
    throw new RangeError(
      `weightGrid: ${tiles} columns of a ${inputSize}×${hidden} W1 holding ${W1.length} values`,
    );
  }
  if (inputSize !== grid.rows * grid.cols || out.length !== width * height * 4) {
    throw new RangeError(
      `weightGrid: ${tiles} tiles of ${grid.rows}×${grid.cols} need a ${width}×${height} image and ` +
        `${grid.rows * grid.cols} inputs, got ${out.length / 4} pixels and ${inputSize} inputs`,
    );
  }
  for (let j = 0; j < tiles; j++) {
    const max = columnMax(W1, inputSize, hidden, j);
    const x = (j % grid.perRow) * (grid.cols + grid.gap);
    const y = Math.floor(j / grid.perRow) * (grid.rows + grid.gap);
    for (let i = 0; i < inputSize; i++) {
      const pixel = (y + Math.floor(i / grid.cols)) * width + x + (i % grid.cols);
      paint(max === 0 ? 0 : W1[i * hidden + j] / max, out, pixel * 4);
    }
  }
  return out;
}

/** The colour of v in [-1, 1]: white at 0, towards #2563eb at -1 and #dc2626 at +1. */
export function diverging(v: number): [number, number, number] {
  const rgba = [0, 0, 0, 0];
  paint(v, rgba, 0);
  return [rgba[0], rgba[1], rgba[2]];
}
