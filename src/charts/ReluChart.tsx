import { memo, useMemo } from 'react';
import type { Tensor } from '../engine';
import { createLiveDraw } from './liveDraw';
import { PlotlyChart } from './PlotlyChart';
import { reluTraces } from './reluTraces';

/** ReLU's forward results for the current x (from relu.forward), null when forward fails for it. */
export interface ReluChartProps {
  readonly x: Tensor;
  readonly out: Tensor | null;
  readonly mask: Tensor | null;
}

/** ReLU and its derivative, with the current x values as points on both. */
export const ReluChart = memo(function ReluChart({ x, out, mask }: ReluChartProps) {
  const figure = useMemo(() => reluTraces(x, out, mask), [x, out, mask]);
  return (
    <PlotlyChart
      name="relu"
      label="ReLU(x) and its derivative, with each value of x marked on both curves"
      traces={figure.traces}
      layout={figure.layout}
      drawWith={createLiveDraw}
    />
  );
});
