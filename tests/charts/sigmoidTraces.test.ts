import { describe, expect, it } from 'vitest';
import { array } from '../../src/engine';
import type { ScatterTrace } from '../../src/charts/figure';
import { NO_POINTS_NOTE } from '../../src/charts/functionPanels';
import { sigmoidTraces } from '../../src/charts/sigmoidTraces';

// The seed's example and the sigmoid NumPy printed for it (to 8 digits: close enough for a chart).
const x = array([
  [1.0, -0.5],
  [-2.0, 3.0],
]);
const out = array([
  [0.73105858, 0.37754067],
  [0.11920292, 0.95257413],
]);

describe('sigmoidTraces', () => {
  const traces = sigmoidTraces(x, out).traces as ScatterTrace[];

  it('draws 1 / (1 + exp(-x)) on the upper panel', () => {
    const [curve] = traces;
    const xs = curve.x as number[];
    expect(xs.length).toBeGreaterThan(50);
    xs.forEach((v, i) => expect(curve.y[i]).toBeCloseTo(1 / (1 + Math.exp(-v)), 12));
  });

  it('draws the derivative s(1 - s) on the lower panel, peaking at 0.25 at x = 0', () => {
    const slope = traces[1];
    expect(slope.yaxis).toBe('y2');
    expect(Math.max(...(slope.y as number[]))).toBeCloseTo(0.25, 6);
  });

  it('marks each x on the curve at out and on the derivative at out·(1 − out)', () => {
    expect(traces[2].x).toEqual([1.0, -0.5, -2.0, 3.0]);
    expect(traces[2].y).toEqual([0.73105858, 0.37754067, 0.11920292, 0.95257413]);
    // The seed's backward with dout = x printed dx = x·out·(1 − out); divide x back out.
    const dx = [0.19661193, -0.11750186, -0.20998717, 0.13552998];
    (traces[3].y as number[]).forEach((s, i) => expect(s).toBeCloseTo(dx[i] / x.data[i], 7));
  });

  it('spans at least ±6, where sigmoid has flattened out', () => {
    const xs = traces[0].x as number[];
    expect(xs[0]).toBeLessThanOrEqual(-6);
    expect(xs.at(-1)).toBeGreaterThanOrEqual(6);
  });

  it('draws the curves alone, and says why, when forward fails for x (a bool x: NumPy has no -x for it)', () => {
    const bool = array([true, false]);
    const { traces: alone, layout } = sigmoidTraces(bool, null);
    expect(alone.map((t) => t.x?.length)).toEqual([traces[0].x.length, traces[1].x.length, 0, 0]);
    expect(layout.annotations?.map((a) => a.text)).toContain(NO_POINTS_NOTE.en);
    expect(sigmoidTraces(x, out).layout.annotations?.map((a) => a.text)).not.toContain(NO_POINTS_NOTE.en);
  });
});
