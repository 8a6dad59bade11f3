import { COLORS } from '../../charts/chartStyle';
import type { ChartFigure } from '../../charts/figure';
import { liveLayout } from './liveLayout';

/** Points drawn at most: a long run is averaged over buckets of steps so redraws stay cheap. */
export const MAX_LOSS_POINTS = 400;

/**
 * The book's `train_loss_list` plotted against the step (1-based), the first `count` values of
 * `losses`. Past MAX_LOSS_POINTS steps, each point is the mean loss of a bucket of consecutive steps.
 */
export function lossTraces(
  losses: ArrayLike<number>,
  count: number,
  maxPoints = MAX_LOSS_POINTS,
): ChartFigure {
  const bucket = Math.max(1, Math.ceil(count / maxPoints));
  const x: number[] = [];
  const y: number[] = [];
  for (let start = 0; start < count; start += bucket) {
    const end = Math.min(count, start + bucket);
    let sum = 0;
    for (let i = start; i < end; i++) sum += losses[i];
    // Plot each bucket at its middle step, so the averaged curve is not shifted.
    x.push((start + 1 + end) / 2);
    y.push(sum / (end - start));
  }
  const name = bucket === 1 ? 'loss' : `loss (mean of ${bucket} steps)`;
  return {
    traces: [
      {
        type: 'scatter',
        mode: 'lines',
        name,
        x,
        y,
        line: { color: COLORS.total, width: 1.5 },
        hovertemplate: 'step %{x}<br>loss %{y:.4f}<extra></extra>',
      },
    ],
    layout: liveLayout(
      '損失関数の推移 / loss per step',
      { title: { text: 'step' } },
      { title: { text: 'loss' } },
    ),
  };
}
