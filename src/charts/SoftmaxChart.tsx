import { memo, useMemo } from 'react';
import { formatScalar, type Tensor } from '../engine';
import { createLiveDraw } from './liveDraw';
import { PlotlyChart } from './PlotlyChart';
import { softmaxTraces } from './softmaxTraces';

/** Softmax-with-Loss's t and its derived y and loss; y and loss are null when they cannot be computed. */
export interface SoftmaxChartProps {
  readonly y: Tensor | null;
  readonly t: Tensor;
  readonly loss: number | null;
}

/** Per-row probability bars (a heatmap for big batches) with the target marked and the loss in the title. */
export const SoftmaxChart = memo(function SoftmaxChart({ y, t, loss }: SoftmaxChartProps) {
  const figure = useMemo(
    () => softmaxTraces({ y, t, loss: loss === null ? null : formatScalar(loss, 'float64') }),
    [y, t, loss],
  );
  return (
    <PlotlyChart
      name="softmax-with-loss"
      label="Softmax probabilities of each row with the target class marked, and the loss"
      traces={figure.traces}
      layout={figure.layout}
      drawWith={createLiveDraw}
    />
  );
});
