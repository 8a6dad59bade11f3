import { COLORS } from '../../charts/chartStyle';
import type { ChartFigure } from '../../charts/figure';
import type { Lang } from '../../i18n/lang';
import { liveLayout } from './liveLayout';
import { niceCeil } from './niceCeil';

/** Points drawn at most: a long run is averaged over buckets of steps so redraws stay cheap. */
export const MAX_LOSS_POINTS = 400;
/** The step axis shows at least this many steps, the loss axis at least this much loss. */
const MIN_STEPS_SHOWN = 100;
const MIN_LOSS_SHOWN = 0.5;

/**
 * The book's `train_loss_list` plotted against the step (1-based), the first `count` values of
 * `losses`. Past MAX_LOSS_POINTS steps, each point is the mean loss of a bucket of consecutive steps.
 * The axes run from 0 to round numbers above the data (see niceCeil), so they change only now and then
 * while the curve grows. Its words are in `lang` (English by default).
 */
export function lossTraces(
  losses: ArrayLike<number>,
  count: number,
  maxPoints = MAX_LOSS_POINTS,
  lang: Lang = 'en',
): ChartFigure {
  const ja = lang === 'ja';
  const bucket = Math.max(1, Math.ceil(count / maxPoints));
  const x: number[] = [];
  const y: number[] = [];
  let top = 0;
  for (let start = 0; start < count; start += bucket) {
    const end = Math.min(count, start + bucket);
    let sum = 0;
    for (let i = start; i < end; i++) sum += losses[i];
    // Plot each bucket at its middle step, so the averaged curve is not shifted.
    x.push((start + 1 + end) / 2);
    const mean = sum / (end - start);
    y.push(mean);
    // A diverging run's Infinity or NaN must not stretch the axis: Plotly leaves such points out.
    if (Number.isFinite(mean)) top = Math.max(top, mean);
  }
  const name = ja
    ? bucket === 1
      ? '損失'
      : `損失 (${bucket} ステップの平均)`
    : bucket === 1
      ? 'loss'
      : `loss (mean of ${bucket} steps)`;
  return {
    traces: [
      {
        type: 'scatter',
        mode: 'lines',
        name,
        x,
        y,
        line: { color: COLORS.total, width: 1.5 },
        hovertemplate: ja
          ? 'ステップ %{x}<br>損失 %{y:.4f}<extra></extra>'
          : 'step %{x}<br>loss %{y:.4f}<extra></extra>',
      },
    ],
    layout: liveLayout(
      ja ? '損失関数の推移' : 'loss per step',
      { title: { text: ja ? 'ステップ' : 'step' }, range: [0, niceCeil(count, MIN_STEPS_SHOWN)] },
      { title: { text: ja ? '損失' : 'loss' }, range: [0, niceCeil(top, MIN_LOSS_SHOWN)] },
    ),
  };
}
