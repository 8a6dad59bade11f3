import { COLORS } from '../../charts/chartStyle';
import type { ChartFigure } from '../../charts/figure';
import type { Lang } from '../../i18n/lang';
import { liveLayout } from './liveLayout';
import { niceCeil } from './niceCeil';
import type { EpochRecord } from '../protocol';

/**
 * The book's train_acc_list (solid) and test_acc_list (dashed) against the epoch, on a fixed 0..1 scale,
 * the epochs from 0 to a round number above the last (see niceCeil); words in `lang`.
 */
export function accuracyTraces(epochs: readonly EpochRecord[], lang: Lang = 'en'): ChartFigure {
  const ja = lang === 'ja';
  const x = epochs.map((e) => e.epoch);
  const line = (name: string, y: number[], color: string, dash?: string) => ({
    type: 'scatter' as const,
    mode: 'lines+markers' as const,
    name,
    x,
    y,
    line: { color, width: 2, ...(dash ? { dash } : {}) },
    marker: { color, size: 5 },
    // The axes end at the data now and then (an accuracy of 1, a last epoch of 2): show whole markers.
    cliponaxis: false,
    hovertemplate: `${name}<br>${ja ? 'エポック' : 'epoch'} %{x:.2f}<br>%{y:.4f}<extra></extra>`,
  });
  return {
    traces: [
      line(
        ja ? '訓練データの精度' : 'train acc',
        epochs.map((e) => e.trainAcc),
        COLORS.fn,
      ),
      line(
        ja ? 'テストデータの精度' : 'test acc',
        epochs.map((e) => e.testAcc),
        COLORS.derivative,
        'dash',
      ),
    ],
    // No legend (see liveLayout): the title names the lines instead.
    layout: liveLayout(
      `${ja ? '認識精度' : 'accuracy'}: <span style="color:${COLORS.fn}">${ja ? '訓練' : 'train'} ━</span>  ` +
        `<span style="color:${COLORS.derivative}">${ja ? 'テスト' : 'test'} ╍</span>`,
      { title: { text: ja ? 'エポック' : 'epoch' }, range: [0, niceCeil(x.at(-1) ?? 0, 1)] },
      { title: { text: ja ? '精度' : 'accuracy' }, range: [0, 1] },
    ),
  };
}
