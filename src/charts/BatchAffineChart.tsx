import { memo, useMemo } from 'react';
import type { Tensor } from '../engine';
import { pick, type Bilingual } from '../i18n/bilingual';
import { useLang } from '../i18n/useT';
import { affineTraces } from './affineTraces';
import { createLiveDraw } from './liveDraw';
import { PlotlyChart } from './PlotlyChart';

/** The Affine cell's b and its derived out, dout and db; an output is null when it cannot be computed. */
export interface BatchAffineChartProps {
  readonly b: Tensor;
  readonly out: Tensor | null;
  readonly dout: Tensor | null;
  readonly db: Tensor | null;
}

const LABEL: Bilingual = {
  ja: 'x·W の棒にどの行にも b を積み上げたものと、dout の列和を積み上げた db',
  en: 'Bars of x·W with b stacked on every row, and db as the stacked column sums of dout',
};

/** How b is broadcast over the rows of x·W, and db as the column sums of dout. */
export const BatchAffineChart = memo(function BatchAffineChart({ b, out, dout, db }: BatchAffineChartProps) {
  const lang = useLang();
  const figure = useMemo(() => affineTraces({ b, out, dout, db, lang }), [b, out, dout, db, lang]);
  return (
    <PlotlyChart
      name="affine"
      label={pick(LABEL, lang)}
      traces={figure.traces}
      layout={figure.layout}
      drawWith={createLiveDraw}
    />
  );
});
