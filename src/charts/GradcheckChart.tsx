import { memo, useMemo } from 'react';
import type { Tensor } from '../engine';
import { pick, type Bilingual } from '../i18n/bilingual';
import { useLang } from '../i18n/useT';
import { gradcheckTraces } from './gradcheckTraces';
import { PlotlyChart } from './PlotlyChart';

/** One parameter's gradient check: |backprop − numerical| per entry, and the mean as the book prints it. */
export interface GradcheckChartProps {
  readonly name: string;
  readonly diff: Tensor | null;
  readonly mean: string | null;
}

const label = (name: string): Bilingual => ({
  ja: `${name} の各要素について、backprop と数値微分による勾配の差の絶対値を対数目盛りで示すヒートマップ`,
  en: `Heatmap of the absolute difference between backprop and the numerical gradient for each entry of ${name}, on a log scale`,
});

/** A heatmap of how far backprop and the numerical gradient disagree on each entry of one parameter. */
export const GradcheckChart = memo(function GradcheckChart({ name, diff, mean }: GradcheckChartProps) {
  const lang = useLang();
  const figure = useMemo(() => gradcheckTraces({ name, diff, mean, lang }), [name, diff, mean, lang]);
  return (
    <PlotlyChart
      name={`gradcheck-${name}`}
      label={pick(label(name), lang)}
      traces={figure.traces}
      layout={figure.layout}
    />
  );
});
