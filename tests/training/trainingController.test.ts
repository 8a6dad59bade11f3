import { describe, expect, it } from 'vitest';
import { DEFAULT_HYPERPARAMETERS } from '../../src/training/hyperparameters';
import type { WorkerEvent } from '../../src/training/protocol';
import {
  createTrainingController,
  PROGRESS_INTERVAL_MS,
  SLICE_MS,
} from '../../src/training/trainingController';
import { tinyDigits } from './asset';

/**
 * A worker host with a fake clock that advances `msPerCall` on every reading (so each training step
 * "takes" time) and a task queue the test runs by hand.
 */
function fakeHost(msPerCall = 1) {
  const events: WorkerEvent[] = [];
  const tasks: (() => void)[] = [];
  let clock = 0;
  return {
    events,
    tasks,
    host: {
      post: (event: WorkerEvent) => events.push(event),
      schedule: (task: () => void) => tasks.push(task),
      now: () => (clock += msPerCall),
    },
    /** Runs queued tasks (slices) until none is left or `limit` ran. */
    runTasks(limit = Infinity) {
      for (let i = 0; i < limit && tasks.length > 0; i++) tasks.shift()!();
    },
    of: <T extends WorkerEvent['type']>(type: T) =>
      events.filter((e): e is Extract<WorkerEvent, { type: T }> => e.type === type),
  };
}

const flushPromises = () => new Promise((done) => setTimeout(done, 0));
const h = { ...DEFAULT_HYPERPARAMETERS, batchSize: 4, iterations: 200 };

async function started(iterations = 200) {
  const fake = fakeHost();
  const handle = createTrainingController(fake.host, Promise.resolve(tinyDigits(20, 10)));
  await flushPromises();
  handle({ type: 'start', hyperparameters: { ...h, iterations } });
  return { ...fake, handle };
}

describe('createTrainingController', () => {
  it('reports the split once the digits are loaded, then goes idle', async () => {
    const fake = fakeHost();
    createTrainingController(fake.host, Promise.resolve(tinyDigits(20, 10)));
    await flushPromises();
    expect(fake.events.slice(0, 2)).toEqual([
      { type: 'ready', trainCount: 20, testCount: 10, rows: 2, cols: 2 },
      { type: 'status', status: 'idle' },
    ]);
  });

  it('reports a fatal error when the digits cannot be loaded', async () => {
    const fake = fakeHost();
    createTrainingController(
      fake.host,
      Promise.reject(new Error('data/mnist-10k.bin: could not be loaded: HTTP 404')),
    );
    await flushPromises();
    expect(fake.events).toEqual([
      { type: 'error', message: 'data/mnist-10k.bin: could not be loaded: HTTP 404', fatal: true },
      { type: 'status', status: 'error' },
    ]);
  });

  it('trains in slices of about SLICE_MS, posting progress at most every PROGRESS_INTERVAL_MS', async () => {
    const fake = await started();
    fake.runTasks(5);
    const progress = fake.of('progress');
    expect(progress.length).toBeGreaterThan(1);
    // Each step reads the clock once (1 ms), so a slice runs about SLICE_MS steps.
    const steps = progress.at(-1)!.step;
    expect(steps).toBeGreaterThan(3 * SLICE_MS * 0.8);
    expect(steps).toBeLessThan(5 * SLICE_MS * 1.2);
    expect(SLICE_MS).toBeLessThanOrEqual(PROGRESS_INTERVAL_MS);
    // Every step's loss arrives exactly once, in order.
    expect(progress.reduce((n, p) => n + p.losses.length, 0)).toBe(steps);
  });

  it('finishes: status done, final progress with all iterations and the last accuracies', async () => {
    const fake = await started(30);
    fake.runTasks();
    const last = fake.of('progress').at(-1)!;
    expect([last.step, last.iterations]).toEqual([30, 30]);
    expect(last.testAcc).not.toBeNull();
    expect(fake.of('status').at(-1)).toEqual({ type: 'status', status: 'done' });
    expect(fake.of('snapshot').at(-1)).toMatchObject({ step: 30, inputSize: 4, hiddenSize: 50 });
  });

  it('pause stops the steps; resume carries on from the same step', async () => {
    const fake = await started();
    fake.runTasks(1);
    fake.handle({ type: 'pause' });
    const pausedAt = fake.of('progress').at(-1)!.step;
    fake.runTasks();
    expect(fake.of('progress').at(-1)!.step).toBe(pausedAt);
    expect(fake.of('status').at(-1)!.status).toBe('paused');
    fake.handle({ type: 'resume' });
    fake.runTasks(1);
    fake.handle({ type: 'pause' });
    expect(fake.of('progress').at(-1)!.step).toBeGreaterThan(pausedAt);
  });

  it('a quick pause and resume leaves one chain of slices, not two', async () => {
    const fake = await started();
    fake.handle({ type: 'pause' });
    fake.handle({ type: 'resume' });
    fake.runTasks(1);
    expect(fake.tasks.length).toBe(1);
  });

  it('reset drops the run: no more progress, status idle', async () => {
    const fake = await started();
    fake.runTasks(1);
    fake.handle({ type: 'reset' });
    const count = fake.events.length;
    fake.runTasks();
    expect(fake.events.slice(count)).toEqual([]);
    expect(fake.of('status').at(-1)!.status).toBe('idle');
  });

  it('a start sent while the digits load runs once they are there', async () => {
    const fake = fakeHost();
    let resolve: (d: ReturnType<typeof tinyDigits>) => void = () => {};
    const handle = createTrainingController(fake.host, new Promise((r) => (resolve = r)));
    handle({ type: 'start', hyperparameters: h });
    resolve(tinyDigits(20, 10));
    await flushPromises();
    expect(fake.of('status').map((s) => s.status)).toEqual(['idle', 'running']);
  });

  it('setHyperparameters changes the running learning rate and can extend a finished run', async () => {
    const fake = await started(10);
    fake.runTasks();
    fake.handle({ type: 'setHyperparameters', hyperparameters: { ...h, iterations: 20 } });
    expect(fake.of('status').at(-1)!.status).toBe('paused');
    fake.handle({ type: 'resume' });
    fake.runTasks();
    expect(fake.of('progress').at(-1)!.step).toBe(20);
  });

  it('answers predict with probabilities, or null before any run', async () => {
    const fake = fakeHost();
    const handle = createTrainingController(fake.host, Promise.resolve(tinyDigits(20, 10)));
    await flushPromises();
    handle({ type: 'predict', id: 1, pixels: new Float32Array(4) });
    handle({ type: 'start', hyperparameters: h });
    handle({ type: 'predict', id: 2, pixels: new Float32Array(4) });
    const [first, second] = fake.of('prediction');
    expect(first).toEqual({ type: 'prediction', id: 1, probabilities: null });
    expect(second.probabilities?.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('reports a malformed message instead of throwing', async () => {
    const fake = fakeHost();
    const handle = createTrainingController(fake.host, Promise.resolve(tinyDigits(20, 10)));
    handle({ type: 'launch' });
    expect(fake.events[0]).toEqual({
      type: 'error',
      message: 'training worker: unknown message type "launch"',
      fatal: false,
    });
  });
});
