import { useLang, usePick } from '../i18n/useT';
import { useMemo } from 'react';
import { PlotlyChart } from '../charts/PlotlyChart';
import { accuracyTraces } from './charts/accuracyTraces';
import { lossTraces } from './charts/lossTraces';
import type { EpochRecord } from './protocol';
import { useThrottled } from './useThrottled';

/** Charts redraw at most this often while training (Plotly's redraw is the costly part). */
const REDRAW_MS = 1000;

interface Props {
  readonly losses: Float32Array;
  readonly lossCount: number;
  readonly epochs: readonly EpochRecord[];
}

/** The loss per step and the train/test accuracy per epoch, redrawn about once a second. */
export function TrainingCharts({ losses, lossCount, epochs }: Props) {
  const pick = usePick();
  const lang = useLang();
  const shownCount = useThrottled(lossCount, REDRAW_MS);
  const shownEpochs = useThrottled(epochs, REDRAW_MS);
  // `losses` is a growing buffer: its first shownCount entries are final, so the count is the key.
  const loss = useMemo(
    () => lossTraces(losses, Math.min(shownCount, lossCount), undefined, lang),
    [losses, shownCount, lossCount, lang],
  );
  const accuracy = useMemo(() => accuracyTraces(shownEpochs, lang), [shownEpochs, lang]);
  return (
    <div className="train-charts">
      <PlotlyChart
        name="training-loss"
        label={pick({ ja: '学習ステップごとの損失', en: 'Loss per training step' })}
        traces={loss.traces}
        layout={loss.layout}
      />
      <PlotlyChart
        name="training-accuracy"
        label={pick({
          ja: 'エポックごとの訓練データ・テストデータの精度',
          en: 'Train and test accuracy per epoch',
        })}
        traces={accuracy.traces}
        layout={accuracy.layout}
      />
    </div>
  );
}
