import { describe, expect, it } from 'vitest';
import { DEFAULT_HYPERPARAMETERS } from '../../src/training/hyperparameters';
import type { WorkerEvent, WorkerRequest } from '../../src/training/protocol';
import { createTrainingClient, INITIAL_VIEW, type WorkerPort } from '../../src/training/trainingClient';

/** A worker that records requests; `emit` plays a worker event. */
function fakeWorker() {
  const sent: WorkerRequest[] = [];
  const port: WorkerPort & { terminated: boolean } = {
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage: (request) => sent.push(request),
    terminate() {
      this.terminated = true;
    },
  };
  const emit = (event: WorkerEvent) => port.onmessage?.({ data: event } as MessageEvent<WorkerEvent>);
  return { port, sent, emit };
}

const progress = (
  step: number,
  losses: number[],
  extra: Partial<Extract<WorkerEvent, { type: 'progress' }>> = {},
) =>
  ({
    type: 'progress',
    step,
    iterations: 100,
    epoch: step / 80,
    loss: losses.at(-1) ?? NaN,
    trainAcc: null,
    testAcc: null,
    elapsedMs: step,
    losses: Float32Array.from(losses),
    epochs: [],
    ...extra,
  }) as const;

function connected() {
  const client = createTrainingClient();
  const worker = fakeWorker();
  const disconnect = client.connect(worker.port);
  worker.emit({ type: 'ready', trainCount: 8000, testCount: 2000, rows: 28, cols: 28 });
  worker.emit({ type: 'status', status: 'idle' });
  return { client, worker, disconnect };
}

describe('createTrainingClient', () => {
  it('starts out loading, then shows the split the worker reports', () => {
    const client = createTrainingClient();
    expect(client.getView()).toBe(INITIAL_VIEW);
    const { client: ready } = connected();
    expect(ready.getView()).toMatchObject({ status: 'idle', split: { trainCount: 8000, testCount: 2000 } });
  });

  it('appends the losses of each progress report and keeps the latest figures', () => {
    const { client, worker } = connected();
    client.start(DEFAULT_HYPERPARAMETERS);
    worker.emit({ type: 'status', status: 'running' });
    worker.emit(progress(2, [2.5, 2.25]));
    worker.emit(
      progress(3, [2], {
        testAcc: 0.5,
        trainAcc: 0.25,
        epochs: [{ epoch: 0, step: 1, trainAcc: 0.25, testAcc: 0.5 }],
      }),
    );
    const view = client.getView();
    expect(Array.from(view.losses.subarray(0, view.lossCount))).toEqual([2.5, 2.25, 2]);
    expect(view).toMatchObject({ step: 3, loss: 2, testAcc: 0.5, trainAcc: 0.25, status: 'running' });
    expect(view.epochs).toHaveLength(1);
  });

  it('grows the loss buffer past its first capacity without losing values', () => {
    const { client, worker } = connected();
    client.start(DEFAULT_HYPERPARAMETERS);
    worker.emit({ type: 'status', status: 'running' });
    const many = Array.from({ length: 3000 }, (_, i) => i);
    worker.emit(progress(3000, many));
    const view = client.getView();
    expect(view.lossCount).toBe(3000);
    expect(view.losses[2999]).toBe(2999);
  });

  it('drops reports of the old run that arrive after reset, until the worker acknowledges it', () => {
    const { client, worker } = connected();
    client.start(DEFAULT_HYPERPARAMETERS);
    worker.emit({ type: 'status', status: 'running' });
    worker.emit(progress(5, [1, 1, 1, 1, 1]));
    client.reset();
    expect(client.getView()).toMatchObject({ step: 0, lossCount: 0, split: { trainCount: 8000 } });
    worker.emit(progress(9, [1, 1, 1, 1]));
    expect(client.getView().step).toBe(0);
    worker.emit({ type: 'status', status: 'idle' });
    expect(worker.sent.map((r) => r.type)).toEqual(['start', 'reset']);
    worker.emit(progress(1, [3]));
    expect(client.getView()).toMatchObject({ step: 1, lossCount: 1 });
  });

  it('sends pause, resume, hyperparameter changes and predictions (with a fresh id each)', () => {
    const { client, worker } = connected();
    client.pause();
    client.resume();
    client.setHyperparameters(DEFAULT_HYPERPARAMETERS);
    client.predict(new Float32Array(784));
    client.predict(new Float32Array(784));
    expect(worker.sent.map((r) => (r.type === 'predict' ? `predict ${r.id}` : r.type))).toEqual([
      'pause',
      'resume',
      'setHyperparameters',
      'predict 1',
      'predict 2',
    ]);
  });

  it('shows predictions, worker errors and crashes', () => {
    const { client, worker } = connected();
    worker.emit({ type: 'prediction', id: 1, probabilities: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0] });
    expect(client.getView().prediction).toEqual({ id: 1, probabilities: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0] });
    worker.emit({ type: 'error', message: 'data/mnist-10k.bin: HTTP 404', fatal: true });
    expect(client.getView().error).toBe('data/mnist-10k.bin: HTTP 404');
    worker.port.onerror?.({ message: 'boom' } as ErrorEvent);
    expect(client.getView()).toMatchObject({ status: 'error', error: 'training worker failed: boom' });
  });

  it('notifies subscribers on each change, and stops after unsubscribing', () => {
    const { client, worker } = connected();
    let calls = 0;
    const unsubscribe = client.subscribe(() => calls++);
    worker.emit({ type: 'status', status: 'idle' });
    unsubscribe();
    worker.emit({ type: 'status', status: 'idle' });
    expect(calls).toBe(1);
  });

  it('disconnecting terminates the worker and ignores it from then on', () => {
    const { client, worker, disconnect } = connected();
    disconnect();
    expect(worker.port.terminated).toBe(true);
    client.pause();
    expect(worker.sent).toEqual([]);
  });

  it('with a report scheduler, shows progress, snapshots and predictions together at the flush', () => {
    const flushes: (() => void)[] = [];
    const client = createTrainingClient((flush) => flushes.push(flush));
    const worker = fakeWorker();
    client.connect(worker.port);
    let calls = 0;
    client.subscribe(() => calls++);
    worker.emit({ type: 'status', status: 'running' });
    expect([client.getView().status, calls]).toEqual(['running', 1]);
    worker.emit(progress(1, [2.3]));
    worker.emit(progress(2, [2.2]));
    worker.emit({ type: 'snapshot', step: 2, inputSize: 1, hiddenSize: 1, W1: Float32Array.of(0.5) });
    expect(flushes).toHaveLength(1);
    expect([client.getView().step, calls]).toEqual([0, 1]);
    flushes.shift()!();
    expect(client.getView()).toMatchObject({ step: 2, lossCount: 2, snapshot: { step: 2 } });
    expect(calls).toBe(2);
  });

  it('with a report scheduler, a status change shows the reports waiting for the flush at once', () => {
    const flushes: (() => void)[] = [];
    const client = createTrainingClient((flush) => flushes.push(flush));
    const worker = fakeWorker();
    client.connect(worker.port);
    worker.emit({ type: 'status', status: 'running' });
    worker.emit(progress(3, [2.3, 2.2, 2.1]));
    worker.emit({ type: 'status', status: 'paused' });
    expect(client.getView()).toMatchObject({ status: 'paused', step: 3 });
    let calls = 0;
    client.subscribe(() => calls++);
    flushes.shift()!();
    expect(calls).toBe(0);
  });
});
