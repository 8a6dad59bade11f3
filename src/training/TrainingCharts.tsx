import { useLang, usePick } from '../i18n/useT';
import { memo, useMemo } from 'react';
import { PlotlyChart } from '../charts/PlotlyChart';
import { accuracyTraces } from './charts/accuracyTraces';
import { createLiveDraw } from '../charts/liveDraw';
import { lossTraces } from './charts/lossTraces';
import type { TrainingClient } from './trainingClient';
import { useThrottled } from './useThrottled';
import { useView } from './useView';

/** Charts move at most this often while training (each move is a Plotly.animate of the new points). */
const REDRAW_MS = 500;

/**
 * The loss per step and the train/test accuracy per epoch, moved about twice a second while training
 * (a new run's empty charts show at once). Both draw with createLiveDraw, so an update moves the points
 * instead of redrawing the whole figure.
 */
export const TrainingCharts = memo(function TrainingCharts({ client }: { client: TrainingClient }) {
  const pick = usePick();
  const lang = useLang();
  const losses = useView(client, (v) => v.losses);
  const lossCount = useView(client, (v) => v.lossCount);
  const epochs = useView(client, (v) => v.epochs);
  // `losses` is a growing buffer whose first lossCount entries are final: the pair is the loss data.
  const latest = useMemo(() => ({ losses, lossCount, epochs }), [losses, lossCount, epochs]);
  const throttled = useThrottled(latest, REDRAW_MS);
  // A reset or a new run shrinks the data: show that at once rather than the old run for a moment.
  const shown = latest.lossCount < throttled.lossCount ? latest : throttled;
  const loss = useMemo(
    () => lossTraces(shown.losses, shown.lossCount, undefined, lang),
    [shown.losses, shown.lossCount, lang],
  );
  const accuracy = useMemo(() => accuracyTraces(shown.epochs, lang), [shown.epochs, lang]);
  return (
    <div className="train-charts">
      <PlotlyChart
        name="training-loss"
        label={pick({ ja: '学習ステップごとの損失', en: 'Loss per training step' })}
        traces={loss.traces}
        layout={loss.layout}
        drawWith={createLiveDraw}
      />
      <PlotlyChart
        name="training-accuracy"
        label={pick({
          ja: 'エポックごとの訓練データ・テストデータの精度',
          en: 'Train and test accuracy per epoch',
        })}
        traces={accuracy.traces}
        layout={accuracy.layout}
        drawWith={createLiveDraw}
      />
    </div>
  );
});
