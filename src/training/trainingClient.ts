import type { Hyperparameters } from './hyperparameters';
import type { EpochRecord, TrainingStatus, WorkerEvent, WorkerRequest } from './protocol';

/** The part of a Worker the client uses (a fake in tests). */
export interface WorkerPort {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerEvent>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** The latest W1 the worker sent, for the weight images. */
export interface WeightSnapshot {
  readonly step: number;
  readonly inputSize: number;
  readonly hiddenSize: number;
  readonly W1: Float32Array;
}

/** Everything the panel shows about the run; a new object whenever something changed. */
export interface TrainingView {
  readonly status: TrainingStatus;
  readonly split: { readonly trainCount: number; readonly testCount: number } | null;
  readonly step: number;
  readonly iterations: number;
  readonly epoch: number;
  readonly loss: number | null;
  readonly trainAcc: number | null;
  readonly testAcc: number | null;
  readonly elapsedMs: number;
  /** Loss per step: the first `lossCount` entries of `losses` (a buffer that grows as needed). */
  readonly losses: Float32Array;
  readonly lossCount: number;
  readonly epochs: readonly EpochRecord[];
  readonly snapshot: WeightSnapshot | null;
  readonly prediction: { readonly id: number; readonly probabilities: readonly number[] | null } | null;
  readonly error: string | null;
}

/** The view before the worker has said anything. */
export const INITIAL_VIEW: TrainingView = {
  status: 'loading',
  split: null,
  step: 0,
  iterations: 0,
  epoch: 0,
  loss: null,
  trainAcc: null,
  testAcc: null,
  elapsedMs: 0,
  losses: new Float32Array(0),
  lossCount: 0,
  epochs: [],
  snapshot: null,
  prediction: null,
  error: null,
};

/** A subscribable store of the worker's reports, with the requests the panel can make. */
export interface TrainingClient {
  /** Talks to `worker` from now on (a fresh run view); returns the function that terminates it. */
  connect(worker: WorkerPort): () => void;
  getView(): TrainingView;
  subscribe(listener: () => void): () => void;
  start(h: Hyperparameters): void;
  pause(): void;
  resume(): void;
  reset(): void;
  setHyperparameters(h: Hyperparameters): void;
  /** Asks for the class probabilities of one image; the answer arrives as `view.prediction`. */
  predict(pixels: Float32Array): void;
}

/** Runs `flush` later, e.g. before the next frame; reports arriving meanwhile are shown together. */
export type ReportScheduler = (flush: () => void) => void;

/**
 * A client that owns one worker at a time (set with `connect`). Requests made while no worker is
 * connected are dropped: the panel disables its buttons until the worker reports it is ready.
 * With `scheduleReports`, the worker's progress, snapshots and predictions are shown once per
 * scheduled flush (the page: once per animation frame), so reports that queued up while the main thread
 * was busy cost one render, not one each; status changes and the panel's own requests show at once.
 */
export function createTrainingClient(scheduleReports?: ReportScheduler): TrainingClient {
  let worker: WorkerPort | null = null;
  // `view` is the newest state; `shown` is what subscribers were last told about.
  let view = INITIAL_VIEW;
  let shown = INITIAL_VIEW;
  let flushPending = false;
  const listeners = new Set<() => void>();
  let nextPredictionId = 1;
  // After start or reset, reports of the previous run may still be in flight: they are dropped until
  // the worker's status event acknowledging the request arrives (events come in the order sent).
  let awaiting: TrainingStatus | null = null;

  const notify = () => {
    if (shown === view) return;
    shown = view;
    for (const listener of listeners) listener();
  };
  const update = (changes: Partial<TrainingView>) => {
    view = { ...view, ...changes };
    notify();
  };
  const report = (changes: Partial<TrainingView>) => {
    if (!scheduleReports) return update(changes);
    view = { ...view, ...changes };
    if (flushPending) return;
    flushPending = true;
    scheduleReports(() => {
      flushPending = false;
      notify();
    });
  };
  const clearedRun = { ...INITIAL_VIEW, status: 'idle' as const };
  const send = (request: WorkerRequest, transfer: Transferable[] = []) =>
    worker?.postMessage(request, transfer);

  const receive = (event: WorkerEvent) => {
    if (event.type === 'status') {
      if (awaiting === event.status || (awaiting && event.status === 'error')) awaiting = null;
      update({ status: event.status });
    } else if (event.type === 'ready') {
      update({ split: { trainCount: event.trainCount, testCount: event.testCount } });
    } else if (event.type === 'error') {
      update({ error: event.message });
    } else if (event.type === 'prediction') {
      report({ prediction: { id: event.id, probabilities: event.probabilities } });
    } else if (awaiting) {
      return;
    } else if (event.type === 'snapshot') {
      report({ snapshot: event });
    } else {
      report({
        ...appendLosses(view, event.losses),
        step: event.step,
        iterations: event.iterations,
        epoch: event.epoch,
        loss: Number.isNaN(event.loss) ? null : event.loss,
        trainAcc: event.trainAcc,
        testAcc: event.testAcc,
        elapsedMs: event.elapsedMs,
        epochs: event.epochs.length > 0 ? [...view.epochs, ...event.epochs] : view.epochs,
      });
    }
  };

  return {
    connect(port) {
      worker = port;
      awaiting = null;
      update(INITIAL_VIEW);
      port.onmessage = (e) => receive(e.data);
      port.onerror = (e) => update({ status: 'error', error: `training worker failed: ${e.message}` });
      return () => {
        port.onmessage = null;
        port.onerror = null;
        port.terminate();
        if (worker === port) worker = null;
      };
    },
    getView: () => shown,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start(h) {
      awaiting = 'running';
      update({ ...clearedRun, split: view.split, status: view.status, prediction: view.prediction });
      send({ type: 'start', hyperparameters: h });
    },
    pause: () => send({ type: 'pause' }),
    resume: () => send({ type: 'resume' }),
    reset() {
      awaiting = 'idle';
      update({ ...clearedRun, split: view.split, status: view.status });
      send({ type: 'reset' });
    },
    setHyperparameters: (h) => send({ type: 'setHyperparameters', hyperparameters: h }),
    predict(pixels) {
      const copy = Float32Array.from(pixels);
      send({ type: 'predict', id: nextPredictionId++, pixels: copy }, [copy.buffer]);
    },
  };
}

/** The loss buffer with `more` appended, doubling its capacity when full (so appends stay cheap). */
function appendLosses(view: TrainingView, more: Float32Array): Pick<TrainingView, 'losses' | 'lossCount'> {
  if (more.length === 0) return { losses: view.losses, lossCount: view.lossCount };
  const count = view.lossCount + more.length;
  let losses = view.losses;
  if (count > losses.length) {
    losses = new Float32Array(Math.max(count, losses.length * 2, 1024));
    losses.set(view.losses.subarray(0, view.lossCount));
  }
  losses.set(more, view.lossCount);
  return { losses, lossCount: count };
}
