import type { Tensor } from '../engine';
import type { Lang } from '../i18n/lang';
import { curveRange } from './curveRange';
import type { ChartFigure } from './figure';
import { functionPanels } from './functionPanels';

/**
 * ReLU and its derivative with the current inputs marked. `out` and `mask` are the layer's forward
 * results for `x` (null when forward fails: the curves are drawn without points); the slope at a point
 * is 0 where the book's mask (`x <= 0`) is True, else 1.
 */
export function reluTraces(
  x: Tensor,
  out: Tensor | null,
  mask: Tensor | null,
  lang: Lang = 'en',
): ChartFigure {
  const [lo, hi] = curveRange(x, 3);
  return functionPanels({
    name: 'ReLU',
    curve: { x: [lo, 0, hi], y: [0, 0, hi] },
    // The step: a gap at 0 so the two levels are not joined by a vertical line.
    slope: { x: [lo, 0, null, 0, hi], y: [0, 0, null, 1, 1] },
    x,
    at: out &&
      mask && {
        valueAt: (k) => out.data[k],
        slopeAt: (k) => (mask.data[k] ? 0 : 1),
      },
    lang,
  });
}
