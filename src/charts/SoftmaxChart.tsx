import { memo, useMemo } from 'react';
import { formatScalar, type Tensor } from '../engine';
import { pick, type Bilingual } from '../i18n/bilingual';
import { useLang } from '../i18n/useT';
import { createLiveDraw } from './liveDraw';
import { PlotlyChart } from './PlotlyChart';
import { softmaxTraces } from './softmaxTraces';

/** Softmax-with-Loss's t and its derived y and loss; y and loss are null when they cannot be computed. */
export interface SoftmaxChartProps {
  readonly y: Tensor | null;
  readonly t: Tensor;
  readonly loss: number | null;
}

const LABEL: Bilingual = {
  ja: '各行の softmax の確率と正解クラスの印、そして損失',
  en: 'Softmax probabilities of each row with the target class marked, and the loss',
};

/** Per-row probability bars (a heatmap for big batches) with the target marked and the loss in the title. */
export const SoftmaxChart = memo(function SoftmaxChart({ y, t, loss }: SoftmaxChartProps) {
  const lang = useLang();
  const figure = useMemo(
    () => softmaxTraces({ y, t, loss: loss === null ? null : formatScalar(loss, 'float64'), lang }),
    [y, t, loss, lang],
  );
  return (
    <PlotlyChart
      name="softmax-with-loss"
      label={pick(LABEL, lang)}
      traces={figure.traces}
      layout={figure.layout}
      drawWith={createLiveDraw}
    />
  );
});
