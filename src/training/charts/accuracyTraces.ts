import { COLORS } from '../../charts/chartStyle';
import type { ChartFigure } from '../../charts/figure';
import { liveLayout } from './liveLayout';
import type { EpochRecord } from '../protocol';

/** The book's train_acc_list (solid) and test_acc_list (dashed) against the epoch, on a fixed 0..1 scale. */
export function accuracyTraces(epochs: readonly EpochRecord[]): ChartFigure {
  const x = epochs.map((e) => e.epoch);
  const line = (name: string, y: number[], color: string, dash?: string) => ({
    type: 'scatter' as const,
    mode: 'lines+markers' as const,
    name,
    x,
    y,
    line: { color, width: 2, ...(dash ? { dash } : {}) },
    marker: { color, size: 5 },
    hovertemplate: `${name}<br>epoch %{x:.2f}<br>%{y:.4f}<extra></extra>`,
  });
  return {
    traces: [
      line(
        'train acc',
        epochs.map((e) => e.trainAcc),
        COLORS.fn,
      ),
      line(
        'test acc',
        epochs.map((e) => e.testAcc),
        COLORS.derivative,
        'dash',
      ),
    ],
    // No legend (see liveLayout): the title names the lines instead.
    layout: liveLayout(
      `認識精度 / accuracy: <span style="color:${COLORS.fn}">train ━</span>  ` +
        `<span style="color:${COLORS.derivative}">test ╍</span>`,
      { title: { text: 'epoch' } },
      { title: { text: 'accuracy' }, range: [0, 1] },
    ),
  };
}
