import { memo, useMemo } from 'react';
import type { Tensor } from '../engine';
import { gradcheckTraces } from './gradcheckTraces';
import { PlotlyChart } from './PlotlyChart';

/** One parameter's gradient check: |backprop − numerical| per entry, and the mean as the book prints it. */
export interface GradcheckChartProps {
  readonly name: string;
  readonly diff: Tensor | null;
  readonly mean: string | null;
}

/** A heatmap of how far backprop and the numerical gradient disagree on each entry of one parameter. */
export const GradcheckChart = memo(function GradcheckChart({ name, diff, mean }: GradcheckChartProps) {
  const figure = useMemo(() => gradcheckTraces({ name, diff, mean }), [name, diff, mean]);
  return (
    <PlotlyChart
      name={`gradcheck-${name}`}
      label={`Heatmap of the absolute difference between backprop and the numerical gradient for each entry of ${name}, on a log scale`}
      traces={figure.traces}
      layout={figure.layout}
    />
  );
});
