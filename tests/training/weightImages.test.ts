import { describe, expect, it } from 'vitest';
import { columnImage, diverging, tileOrigin } from '../../src/training/weightImages';

describe('columnImage', () => {
  // W1 is 3 pixels × 2 hidden units, row-major: column 1 is [2, -4, 0].
  const W1 = [1, 2, 0.5, -4, 0, 0];

  it('draws column j of W1, scaled by its largest |w|: red for +, blue for -, white for 0', () => {
    const rgba = Array.from(columnImage(W1, 3, 2, 1));
    expect(rgba.slice(0, 4)).toEqual([...diverging(0.5), 255]);
    expect(rgba.slice(4, 8)).toEqual([37, 99, 235, 255]);
    expect(rgba.slice(8, 12)).toEqual([255, 255, 255, 255]);
  });

  it('draws an all-zero column white', () => {
    expect(Array.from(columnImage([0, 0], 2, 1, 0))).toEqual([255, 255, 255, 255, 255, 255, 255, 255]);
  });

  it('refuses a column outside W1', () => {
    expect(() => columnImage(W1, 3, 2, 2)).toThrow('columnImage: column 2 of a 3×2 W1 holding 6 values');
  });
});

describe('diverging', () => {
  it('is white at 0 and the full colours at ±1', () => {
    expect(diverging(0)).toEqual([255, 255, 255]);
    expect(diverging(1)).toEqual([220, 38, 38]);
    expect(diverging(-1)).toEqual([37, 99, 235]);
  });
});

describe('tileOrigin', () => {
  it('lays tiles out row by row with a gap', () => {
    expect(tileOrigin(0, 10, 28, 2)).toEqual({ x: 0, y: 0 });
    expect(tileOrigin(12, 10, 28, 2)).toEqual({ x: 60, y: 30 });
  });
});
