import { describe, expect, it } from 'vitest';
import { diverging, gridSize, weightGrid } from '../../src/training/weightImages';

/** The RGBA of pixel (x, y) of an image `width` pixels wide. */
const pixel = (rgba: Uint8ClampedArray, width: number, x: number, y: number) =>
  Array.from(rgba.slice((y * width + x) * 4, (y * width + x) * 4 + 4));

describe('weightGrid', () => {
  // W1 is 4 pixels (2×2 tiles) × 3 hidden units, row-major: column 1 is [2, -4, 0, 1].
  const W1 = [1, 2, 0, 0.5, -4, 0, 0, 0, 0, 0, 1, 0];
  const grid = { perRow: 2, rows: 2, cols: 2, gap: 1 };
  const draw = (tiles = 3) => {
    const { width, height } = gridSize(tiles, grid);
    return { width, rgba: weightGrid(W1, 4, 3, tiles, grid, new Uint8ClampedArray(width * height * 4)) };
  };

  it('draws column j of W1 as tile j, scaled by its largest |w|: red for +, blue for -, white for 0', () => {
    const { width, rgba } = draw();
    // Tile 1 starts at x = 2 + 1 (one tile and a gap); its pixels are column 1 reshaped to 2×2.
    expect(pixel(rgba, width, 3, 0)).toEqual([...diverging(0.5), 255]);
    expect(pixel(rgba, width, 4, 0)).toEqual([37, 99, 235, 255]);
    expect(pixel(rgba, width, 3, 1)).toEqual([255, 255, 255, 255]);
    expect(pixel(rgba, width, 4, 1)).toEqual([...diverging(0.25), 255]);
  });

  it('starts a new row of tiles after perRow tiles, and leaves the gaps untouched', () => {
    const { width, rgba } = draw();
    // Tile 2 (column 2 = [0, 0, 0, 0]) sits under tile 0, below a one-pixel gap: all white.
    expect(pixel(rgba, width, 0, 3)).toEqual([255, 255, 255, 255]);
    expect(pixel(rgba, width, 2, 0)).toEqual([0, 0, 0, 0]);
    expect(pixel(rgba, width, 0, 2)).toEqual([0, 0, 0, 0]);
  });

  it('refuses an image of the wrong size and more tiles than W1 has columns', () => {
    expect(() => weightGrid(W1, 4, 3, 3, grid, new Uint8ClampedArray(4))).toThrow(
      'weightGrid: 3 tiles of 2×2 need a 5×5 image and 4 inputs, got 1 pixels and 4 inputs',
    );
    expect(() => weightGrid(W1, 4, 3, 4, grid, new Uint8ClampedArray(0))).toThrow(
      'weightGrid: 4 columns of a 4×3 W1 holding 12 values',
    );
  });
});

describe('gridSize', () => {
  it('is perRow tiles wide (fewer when there are fewer) and as many rows as needed, gaps between', () => {
    expect(gridSize(50, { perRow: 10, rows: 28, cols: 28, gap: 2 })).toEqual({ width: 298, height: 148 });
    expect(gridSize(3, { perRow: 10, rows: 2, cols: 4, gap: 1 })).toEqual({ width: 14, height: 2 });
    expect(gridSize(0, { perRow: 10, rows: 28, cols: 28, gap: 2 })).toEqual({ width: 0, height: 0 });
  });
});

describe('diverging', () => {
  it('is white at 0 and the full colours at ±1', () => {
    expect(diverging(0)).toEqual([255, 255, 255]);
    expect(diverging(1)).toEqual([220, 38, 38]);
    expect(diverging(-1)).toEqual([37, 99, 235]);
  });
});
