import { memo, useMemo } from 'react';
import type { Tensor } from '../engine';
import { pick, type Bilingual } from '../i18n/bilingual';
import { useLang } from '../i18n/useT';
import { createLiveDraw } from './liveDraw';
import { PlotlyChart } from './PlotlyChart';
import { sigmoidTraces } from './sigmoidTraces';

/** Sigmoid's forward result for the current x (from sigmoid.forward), null when forward fails for it. */
export interface SigmoidChartProps {
  readonly x: Tensor;
  readonly out: Tensor | null;
}

const LABEL: Bilingual = {
  ja: 'sigmoid(x) とその導関数。x の各値を両方の曲線上に示す',
  en: 'sigmoid(x) and its derivative, with each value of x marked on both curves',
};

/** Sigmoid and its derivative out·(1 − out), with the current x values as points on both. */
export const SigmoidChart = memo(function SigmoidChart({ x, out }: SigmoidChartProps) {
  const lang = useLang();
  const figure = useMemo(() => sigmoidTraces(x, out, lang), [x, out, lang]);
  return (
    <PlotlyChart
      name="sigmoid"
      label={pick(LABEL, lang)}
      traces={figure.traces}
      layout={figure.layout}
      drawWith={createLiveDraw}
    />
  );
});
