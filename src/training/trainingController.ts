import type { MnistDataset } from './dataset';
import type { Hyperparameters } from './hyperparameters';
import {
  parseWorkerRequest,
  transferablesOf,
  type EpochRecord,
  type TrainingStatus,
  type WorkerEvent,
} from './protocol';
import { createTrainer, type Trainer } from './trainer';

/** What the controller needs from the worker it runs in (a fake in tests). */
export interface ControllerHost {
  post(event: WorkerEvent, transfer: Transferable[]): void;
  /** Runs `task` once the worker has handled the messages waiting for it. */
  schedule(task: () => void): void;
  now(): number;
}

/** How long the trainer runs before the worker looks at its messages again. */
export const SLICE_MS = 40;
/** At most one progress event per this many ms (20 a second). */
export const PROGRESS_INTERVAL_MS = 50;
/** W1 snapshots for the weight images, at most this often. */
export const SNAPSHOT_INTERVAL_MS = 300;

/**
 * The training worker's logic: answers page requests, runs the trainer in time slices while `running`,
 * and reports progress at most every PROGRESS_INTERVAL_MS. Returns the handler for incoming messages.
 */
export function createTrainingController(
  host: ControllerHost,
  dataset: Promise<MnistDataset>,
): (message: unknown) => void {
  let data: MnistDataset | null = null;
  let status: TrainingStatus = 'loading';
  let trainer: Trainer | null = null;
  let queuedStart: Hyperparameters | null = null;
  let losses: number[] = [];
  let epochs: EpochRecord[] = [];
  let elapsedMs = 0;
  let lastProgress = -Infinity;
  let lastSnapshot = -Infinity;
  // Bumped on every start, pause and reset, so a slice scheduled before it does nothing.
  let run = 0;

  const post = (event: WorkerEvent) => host.post(event, transferablesOf(event));
  const setStatus = (next: TrainingStatus) => {
    status = next;
    post({ type: 'status', status });
  };

  const flush = (force: boolean) => {
    if (!trainer) return;
    const now = host.now();
    if (force || now - lastProgress >= PROGRESS_INTERVAL_MS) {
      lastProgress = now;
      const last = trainer.epochs[trainer.epochs.length - 1];
      post({
        type: 'progress',
        step: trainer.step,
        iterations: trainer.iterations,
        epoch: trainer.step / trainer.iterPerEpoch,
        loss: trainer.losses[trainer.step - 1] ?? NaN,
        trainAcc: last?.trainAcc ?? null,
        testAcc: last?.testAcc ?? null,
        elapsedMs,
        losses: Float32Array.from(losses),
        epochs,
      });
      losses = [];
      epochs = [];
    }
    if (force || now - lastSnapshot >= SNAPSHOT_INTERVAL_MS) {
      lastSnapshot = now;
      const W1 = trainer.params.W1;
      post({
        type: 'snapshot',
        step: trainer.step,
        inputSize: W1.shape[0],
        hiddenSize: W1.shape[1],
        W1: Float32Array.from(W1.data),
      });
    }
  };

  const slice = (token: number) => {
    if (token !== run || status !== 'running' || !trainer) return;
    const start = host.now();
    try {
      while (!trainer.done && host.now() - start < SLICE_MS) {
        const { loss, epoch } = trainer.trainStep();
        losses.push(loss);
        if (epoch) epochs.push(epoch);
      }
    } catch (e) {
      elapsedMs += host.now() - start;
      flush(true);
      post({ type: 'error', message: `training stopped: ${(e as Error).message}`, fatal: false });
      setStatus('paused');
      return;
    }
    elapsedMs += host.now() - start;
    if (trainer.done) {
      flush(true);
      setStatus('done');
      return;
    }
    flush(false);
    host.schedule(() => slice(token));
  };

  const start = (h: Hyperparameters) => {
    if (!data) {
      queuedStart = h;
      return;
    }
    run++;
    trainer = createTrainer(data, h);
    losses = [];
    epochs = [];
    elapsedMs = 0;
    lastProgress = lastSnapshot = -Infinity;
    setStatus('running');
    flush(true);
    const token = run;
    host.schedule(() => slice(token));
  };

  dataset.then(
    (loaded) => {
      data = loaded;
      post({
        type: 'ready',
        trainCount: loaded.trainCount,
        testCount: loaded.testCount,
        rows: loaded.header.rows,
        cols: loaded.header.cols,
      });
      setStatus('idle');
      if (queuedStart) start(queuedStart);
      queuedStart = null;
    },
    (e: unknown) => {
      post({ type: 'error', message: (e as Error).message, fatal: true });
      setStatus('error');
    },
  );

  return (message) => {
    const request = parseWorkerRequest(message);
    if (typeof request === 'string') {
      post({ type: 'error', message: request, fatal: false });
      return;
    }
    switch (request.type) {
      case 'start':
        start(request.hyperparameters);
        break;
      case 'pause':
        if (status !== 'running') break;
        // A new token, so the slice already queued stops and a quick resume cannot start a second chain.
        run++;
        flush(true);
        setStatus('paused');
        break;
      case 'resume':
        if (status !== 'paused' || !trainer || trainer.done) break;
        setStatus('running');
        host.schedule(() => slice(run));
        break;
      case 'reset':
        run++;
        queuedStart = null;
        trainer = null;
        if (data) setStatus('idle');
        break;
      case 'setHyperparameters':
        trainer?.setLive(request.hyperparameters);
        if (trainer && status === 'done' && !trainer.done) setStatus('paused');
        break;
      case 'predict':
        post({
          type: 'prediction',
          id: request.id,
          probabilities: trainer ? trainer.predict(request.pixels) : null,
        });
        break;
    }
  };
}
