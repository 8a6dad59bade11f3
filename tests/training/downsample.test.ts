import { describe, expect, it } from 'vitest';
import { BOX, centreOfMass, FIELD, inkBox, resample, toMnistInput } from '../../src/training/downsample';

/** A w×h drawing with a filled rectangle of ink at (x, y) of size rw×rh. */
function drawing(w: number, h: number, x: number, y: number, rw: number, rh: number): Float32Array {
  const ink = new Float32Array(w * h);
  for (let r = y; r < y + rh; r++) ink.fill(1, r * w + x, r * w + x + rw);
  return ink;
}

describe('toMnistInput', () => {
  it('gives 28×28 zeros for an empty drawing', () => {
    const out = toMnistInput(new Float32Array(280 * 280), 280, 280);
    expect(out.length).toBe(FIELD * FIELD);
    expect(out.every((v) => v === 0)).toBe(true);
  });

  it('scales a square drawn off-centre to the 20×20 box and centres its mass in the field', () => {
    const out = toMnistInput(drawing(280, 280, 10, 150, 100, 100), 280, 280);
    const box = inkBox(out, FIELD, FIELD)!;
    expect([box.w, box.h]).toEqual([BOX, BOX]);
    const { cx, cy } = centreOfMass(out, FIELD, FIELD);
    expect([cx, cy]).toEqual([14, 14]);
  });

  it('keeps the aspect ratio: a tall stroke is 20 high and narrow', () => {
    const out = toMnistInput(drawing(280, 280, 130, 40, 20, 200), 280, 280);
    const box = inkBox(out, FIELD, FIELD)!;
    expect(box.h).toBe(BOX);
    expect(box.w).toBe(2);
  });

  it('averages areas, so a thin stroke becomes grey rather than vanishing', () => {
    // An L of 3-pixel strokes spanning 200×200: scaled by 1/10, each stroke covers 0.3 of a pixel.
    const ink = drawing(280, 280, 0, 0, 200, 3);
    ink.set(drawing(280, 280, 0, 0, 3, 200).map((v, i) => Math.max(v, ink[i])));
    const out = toMnistInput(ink, 280, 280);
    const max = Math.max(...out);
    expect(max).toBeGreaterThan(0.2);
    expect(max).toBeLessThan(1);
  });

  it('ignores faint antialiasing haze when finding the ink', () => {
    const ink = drawing(100, 100, 40, 40, 20, 20);
    ink[0] = 0.01;
    const out = toMnistInput(ink, 100, 100);
    expect(inkBox(out, FIELD, FIELD)).toEqual({ x: 4, y: 4, w: 20, h: 20 });
  });

  it('refuses a buffer that does not match the size given', () => {
    expect(() => toMnistInput(new Float32Array(10), 4, 4)).toThrow(
      'toMnistInput: 10 values do not fill a 4×4 drawing',
    );
  });
});

describe('resample', () => {
  it('keeps the mean intensity (area averaging)', () => {
    const img = Float32Array.from({ length: 7 * 5 }, (_, i) => (i % 3) / 2);
    const small = resample(img, 7, 5, 3, 2);
    const mean = (a: Float32Array) => a.reduce((s, v) => s + v, 0) / a.length;
    expect(mean(small)).toBeCloseTo(mean(img), 5);
  });

  it('averages 2×2 blocks when halving', () => {
    expect(Array.from(resample(Float32Array.from([1, 0, 0, 0, 1, 1, 1, 1]), 4, 2, 2, 1))).toEqual([
      0.75, 0.5,
    ]);
  });
});

describe('centreOfMass', () => {
  it('puts a lone pixel i at i + 0.5', () => {
    const img = new Float32Array(9);
    img[5] = 1;
    expect(centreOfMass(img, 3, 3)).toEqual({ cx: 2.5, cy: 1.5 });
  });
});
