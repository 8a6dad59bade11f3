import { memo, useMemo } from 'react';
import type { Tensor } from '../engine';
import { createLiveDraw } from './liveDraw';
import { PlotlyChart } from './PlotlyChart';
import { sigmoidTraces } from './sigmoidTraces';

/** Sigmoid's forward result for the current x (from sigmoid.forward), null when forward fails for it. */
export interface SigmoidChartProps {
  readonly x: Tensor;
  readonly out: Tensor | null;
}

/** Sigmoid and its derivative out·(1 − out), with the current x values as points on both. */
export const SigmoidChart = memo(function SigmoidChart({ x, out }: SigmoidChartProps) {
  const figure = useMemo(() => sigmoidTraces(x, out), [x, out]);
  return (
    <PlotlyChart
      name="sigmoid"
      label="sigmoid(x) and its derivative, with each value of x marked on both curves"
      traces={figure.traces}
      layout={figure.layout}
      drawWith={createLiveDraw}
    />
  );
});
