import { describe, expect, it } from 'vitest';
import type { DrawFigure, PlotlyDrawer } from '../../src/charts/chartRenderer';
import { createLiveDraw } from '../../src/charts/liveDraw';
import { array, type Tensor } from '../../src/engine';
import type { ScatterTrace } from '../../src/charts/figure';
import { MAX_POINTS, NO_POINTS_NOTE } from '../../src/charts/functionPanels';
import { reluTraces } from '../../src/charts/reluTraces';
import { relu } from '../../src/engine/layers/relu';
import { recordingPlotly } from './fakePlotly';

// The seed's example, with the outputs NumPy printed for it.
const x = array([
  [1.0, -0.5],
  [-2.0, 3.0],
]);
const out = array([
  [1.0, 0.0],
  [0.0, 3.0],
]);
const mask = array([
  [false, true],
  [true, false],
]);

const scatter = (traces: readonly unknown[], i: number) => traces[i] as ScatterTrace;

describe('reluTraces', () => {
  const { traces, layout } = reluTraces(x, out, mask);

  it('draws max(0, x) on the upper panel through its corner at the origin', () => {
    const curve = scatter(traces, 0);
    expect(curve.yaxis ?? 'y').toBe('y');
    (curve.x as number[]).forEach((v, i) => expect(curve.y[i]).toBe(Math.max(0, v)));
    expect(curve.x).toContain(0);
  });

  it('draws the derivative on the lower panel as a step from 0 to 1 with a gap at x = 0', () => {
    const slope = scatter(traces, 1);
    expect(slope.yaxis).toBe('y2');
    expect(slope.y).toEqual([0, 0, null, 1, 1]);
    expect(slope.x[1]).toBe(0);
    expect(slope.x[3]).toBe(0);
  });

  it('marks each x on the function at out', () => {
    const points = scatter(traces, 2);
    expect(points.x).toEqual([1.0, -0.5, -2.0, 3.0]);
    expect(points.y).toEqual([1, 0, 0, 3]);
    expect(points.text).toEqual(['x[0, 0]', 'x[0, 1]', 'x[1, 0]', 'x[1, 1]']);
  });

  it('marks each x on the derivative at 0 where the mask is True and 1 where it is False', () => {
    const points = scatter(traces, 3);
    expect(points.yaxis).toBe('y2');
    expect(points.x).toEqual([1.0, -0.5, -2.0, 3.0]);
    expect(points.y).toEqual([1, 0, 0, 1]);
  });

  it('follows the book at x = 0: the mask (x <= 0) gives slope 0 there', () => {
    const z = array([0.0]);
    const figure = reluTraces(z, array([0.0]), array([true]));
    expect(scatter(figure.traces, 3).y).toEqual([0]);
  });

  it('spans every x value, however far out', () => {
    const wide = array([-40, 25]);
    const curve = scatter(reluTraces(wide, array([0, 25]), array([true, false])).traces, 0);
    const xs = curve.x as number[];
    expect(Math.min(...xs)).toBeLessThan(-40);
    expect(Math.max(...xs)).toBeGreaterThan(25);
  });

  it('stacks the two panels on one shared x axis', () => {
    expect(layout.yaxis?.domain?.[0]).toBeGreaterThan(layout.yaxis2?.domain?.[1] ?? 1);
    expect(layout.xaxis?.anchor).toBe('y2');
  });

  it('draws at most MAX_POINTS points for a big x and says so in the legend', () => {
    const n = 64 * 64;
    const big: Tensor = array(Array.from({ length: n }, (_, i) => i - n / 2));
    const bigOut = array(Array.from({ length: n }, (_, i) => Math.max(0, i - n / 2)));
    const bigMask = array(Array.from({ length: n }, (_, i) => i - n / 2 <= 0));
    const points = scatter(reluTraces(big, bigOut, bigMask).traces, 2);
    expect(points.x).toHaveLength(MAX_POINTS);
    expect(points.name).toContain(`${MAX_POINTS} of ${n}`);
  });
});

describe('reluTraces, edit after edit', () => {
  const fakePlotly = recordingPlotly;
  const draw = async (drawer: DrawFigure, plotly: PlotlyDrawer, x: Tensor) => {
    const f = reluTraces(x, relu.forward(x).out, relu.forward(x).mask);
    await drawer(plotly, {} as HTMLElement, [...f.traces], f.layout, {});
  };

  it('draws the curves without points, and says why, when there are no forward results', () => {
    const { traces, layout } = reluTraces(x, null, null);
    expect(scatter(traces, 2).x).toEqual([]);
    expect(scatter(traces, 3).y).toEqual([]);
    expect(layout.annotations?.map((a) => a.text)).toContain(NO_POINTS_NOTE.en);
    expect(layout.xaxis?.range).toEqual(reluTraces(x, out, mask).layout.xaxis?.range);
  });

  it('gives every axis a range holding every value drawn', () => {
    const wide = array([
      [-7.5, 0.25],
      [4.0, 12.0],
    ]);
    const { traces, layout: l } = reluTraces(wide, relu.forward(wide).out, relu.forward(wide).mask);
    const within = (range: readonly [number, number] | undefined, values: readonly unknown[]) =>
      values.every(
        (v) => v === null || (typeof v === 'number' && range !== undefined && v >= range[0] && v <= range[1]),
      );
    expect(within(l.xaxis?.range, [...scatter(traces, 0).x, ...scatter(traces, 2).x])).toBe(true);
    expect(within(l.yaxis?.range, [...scatter(traces, 0).y, ...scatter(traces, 2).y])).toBe(true);
    expect(within(l.yaxis2?.range, [...scatter(traces, 1).y, ...scatter(traces, 3).y])).toBe(true);
  });

  it('moves the points of an edit that keeps x’s shape, and redraws whole for a new shape', async () => {
    const plotly = fakePlotly();
    const drawer = createLiveDraw();
    await draw(drawer, plotly, x);
    await draw(
      drawer,
      plotly,
      array([
        [0.5, -1.5],
        [2.0, -3.0],
      ]),
    );
    await draw(
      drawer,
      plotly,
      array([
        [9.0, -1.5],
        [2.0, -3.0],
      ]),
    );
    await draw(drawer, plotly, array([1.0, -2.0, 3.0]));
    expect(plotly.calls).toEqual(['react', 'animate', 'relayout', 'animate', 'react']);
  });
});
