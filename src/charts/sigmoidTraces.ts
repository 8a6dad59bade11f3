import type { Tensor } from '../engine';
import type { Lang } from '../i18n/lang';
import { curveRange, linspace } from './curveRange';
import type { ChartFigure } from './figure';
import { functionPanels } from './functionPanels';

/** Samples along each curve: smooth at any chart width. */
const SAMPLES = 161;

/**
 * Sigmoid and its derivative with the current inputs marked. `out` is the layer's forward result
 * for `x` (null when forward fails: the curves are drawn without points); the slope at a point is
 * `out * (1 - out)`, the factor the book's backward multiplies by.
 */
export function sigmoidTraces(x: Tensor, out: Tensor | null, lang: Lang = 'en'): ChartFigure {
  const [lo, hi] = curveRange(x, 6);
  const xs = linspace(lo, hi, SAMPLES);
  const ys = xs.map((v) => 1 / (1 + Math.exp(-v)));
  return functionPanels({
    name: 'sigmoid',
    curve: { x: xs, y: ys },
    slope: { x: xs, y: ys.map((s) => s * (1 - s)) },
    x,
    at: out && {
      valueAt: (k) => out.data[k],
      slopeAt: (k) => out.data[k] * (1 - out.data[k]),
    },
    lang,
  });
}
