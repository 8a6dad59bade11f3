import { describe, expect, it } from 'vitest';
import { affine, array, formatScalar, relu, sigmoid, softmaxWithLoss } from '../../src/engine';
import { affineTraces } from '../../src/charts/affineTraces';
import { COLORS } from '../../src/charts/chartStyle';
import type { ChartFigure } from '../../src/charts/figure';
import { reluTraces } from '../../src/charts/reluTraces';
import { sigmoidTraces } from '../../src/charts/sigmoidTraces';
import { softmaxTraces } from '../../src/charts/softmaxTraces';
import { deltaE, rgbOf, simulate, VISIONS } from '../components/MatrixView/colorVision';

/** The seed's inputs, run through the layers, drawn by each chart. */
function figures(): Record<string, ChartFigure> {
  const x = array([
    [1.0, -0.5],
    [-2.0, 3.0],
  ]);
  const r = relu.forward(x);
  const s = sigmoid.forward(x);
  const W = array([
    [0.1, 0.2, 0.3],
    [0.4, 0.5, 0.6],
  ]);
  const b = array([1, 2, 3], 'float64');
  const dout = array([
    [1, 2, 3],
    [4, 5, 6],
  ]);
  const a = affine.forward(x, W, b);
  const db = affine.backward(dout, x, W).db;
  const t = array([
    [0, 1],
    [1, 0],
  ]);
  const sm = softmaxWithLoss.forward(x, t);
  return {
    relu: reluTraces(x, r.out, r.mask),
    sigmoid: sigmoidTraces(x, s.out),
    affine: affineTraces({ b, out: a.out, dout, db }),
    softmax: softmaxTraces({ y: sm.y, t, loss: formatScalar(sm.loss, 'float64') }),
  };
}

/** The colours drawn together in each panel (subplot) of a figure: markers and lines, not outlines. */
function panelColours(figure: ChartFigure): Map<string, Set<string>> {
  const panels = new Map<string, Set<string>>();
  for (const trace of figure.traces) {
    const key = `${trace.xaxis ?? 'x'}/${trace.yaxis ?? 'y'}`;
    const colours = panels.get(key) ?? new Set<string>();
    const marker = 'marker' in trace ? trace.marker?.color : undefined;
    const line = 'line' in trace ? trace.line?.color : undefined;
    for (const c of [marker, line].flat()) if (typeof c === 'string') colours.add(c);
    panels.set(key, colours);
  }
  return panels;
}

describe('chart colours', () => {
  it('are all #rrggbb colours, so they can be checked here', () => {
    for (const c of Object.values(COLORS)) expect(c).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it.each(Object.keys(VISIONS) as (keyof typeof VISIONS)[])(
    'stay apart (ΔE ≥ 20) within every panel of every chart for %s vision',
    (vision) => {
      let pairs = 0;
      for (const [chart, figure] of Object.entries(figures())) {
        for (const [panel, colours] of panelColours(figure)) {
          const list = [...colours];
          for (let i = 0; i < list.length; i++) {
            for (let j = i + 1; j < list.length; j++) {
              const apart = deltaE(
                simulate(rgbOf(list[i]), VISIONS[vision]),
                simulate(rgbOf(list[j]), VISIONS[vision]),
              );
              expect(apart, `${chart} ${panel}: ${list[i]} vs ${list[j]}`).toBeGreaterThanOrEqual(20);
              pairs++;
            }
          }
        }
      }
      expect(pairs).toBeGreaterThan(5);
    },
  );
});
