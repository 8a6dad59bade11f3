import { memo, useMemo } from 'react';
import type { Tensor } from '../engine';
import { pick, type Bilingual } from '../i18n/bilingual';
import { useLang } from '../i18n/useT';
import { createLiveDraw } from './liveDraw';
import { PlotlyChart } from './PlotlyChart';
import { reluTraces } from './reluTraces';

/** ReLU's forward results for the current x (from relu.forward), null when forward fails for it. */
export interface ReluChartProps {
  readonly x: Tensor;
  readonly out: Tensor | null;
  readonly mask: Tensor | null;
}

const LABEL: Bilingual = {
  ja: 'ReLU(x) とその導関数。x の各値を両方の曲線上に示す',
  en: 'ReLU(x) and its derivative, with each value of x marked on both curves',
};

/** ReLU and its derivative, with the current x values as points on both. */
export const ReluChart = memo(function ReluChart({ x, out, mask }: ReluChartProps) {
  const lang = useLang();
  const figure = useMemo(() => reluTraces(x, out, mask, lang), [x, out, mask, lang]);
  return (
    <PlotlyChart
      name="relu"
      label={pick(LABEL, lang)}
      traces={figure.traces}
      layout={figure.layout}
      drawWith={createLiveDraw}
    />
  );
});
