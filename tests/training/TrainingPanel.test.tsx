// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_HYPERPARAMETERS } from '../../src/training/hyperparameters';
import type { WorkerEvent, WorkerRequest } from '../../src/training/protocol';
import type { WorkerPort } from '../../src/training/trainingClient';
import { TrainingPanel } from '../../src/training/TrainingPanel';

afterEach(cleanup);
// jsdom has no canvas: the panel must cope with getContext returning null.
beforeAll(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

function mount() {
  const sent: WorkerRequest[] = [];
  const port: WorkerPort = {
    onmessage: null,
    onerror: null,
    postMessage: (r) => sent.push(r),
    terminate: () => {},
  };
  // A stable factory: the panel creates its worker once.
  const makeWorker = () => port;
  // Reports are shown at once here; the page shows them once per animation frame.
  const utils = render(<TrainingPanel makeWorker={makeWorker} scheduleReports={(flush) => flush()} />);
  const emit = (event: WorkerEvent) =>
    act(() => port.onmessage?.({ data: event } as MessageEvent<WorkerEvent>));
  const button = (name: string) =>
    utils.container.querySelector(`[data-train="${name}"]`) as HTMLButtonElement;
  const metric = (name: string) =>
    utils.container.querySelector(`[data-metric="${name}"]`)!.getAttribute('data-value');
  return { ...utils, sent, emit, button, metric };
}

function ready(panel: ReturnType<typeof mount>) {
  panel.emit({ type: 'ready', trainCount: 8000, testCount: 2000, rows: 28, cols: 28 });
  panel.emit({ type: 'status', status: 'idle' });
}

describe('TrainingPanel', () => {
  it('keeps Start disabled until the digits are loaded, then shows the split', () => {
    const panel = mount();
    expect(panel.button('start').disabled).toBe(true);
    ready(panel);
    expect(panel.button('start').disabled).toBe(false);
    expect(panel.container.querySelector('[data-split]')?.getAttribute('data-split')).toBe('8000/2000');
  });

  it("Start sends the book's defaults; progress updates the accuracy hooks (0..1) and the progress bar", () => {
    const panel = mount();
    ready(panel);
    fireEvent.click(panel.button('start'));
    expect(panel.sent.at(-1)).toEqual({ type: 'start', hyperparameters: DEFAULT_HYPERPARAMETERS });
    panel.emit({ type: 'status', status: 'running' });
    expect(panel.metric('test-accuracy')).toBe('');
    panel.emit({
      type: 'progress',
      step: 81,
      iterations: 10000,
      epoch: 1.0125,
      loss: 0.5,
      trainAcc: 0.875,
      testAcc: 0.8625,
      elapsedMs: 900,
      losses: new Float32Array(81),
      epochs: [],
    });
    expect(panel.metric('test-accuracy')).toBe('0.8625');
    expect(panel.metric('train-accuracy')).toBe('0.875');
    expect(panel.metric('step')).toBe('81');
    expect(panel.container.querySelector('[data-train="progress"]')?.getAttribute('value')).toBe('81');
  });

  it('Pause is only enabled while running; while paused, Start resumes', () => {
    const panel = mount();
    ready(panel);
    expect(panel.button('pause').disabled).toBe(true);
    fireEvent.click(panel.button('start'));
    panel.emit({ type: 'status', status: 'running' });
    fireEvent.click(panel.button('pause'));
    panel.emit({ type: 'status', status: 'paused' });
    expect(panel.button('start').textContent).toContain('Resume');
    fireEvent.click(panel.button('start'));
    expect(panel.sent.map((r) => r.type)).toEqual(['start', 'pause', 'resume']);
  });

  it('Reset sends reset and clears the figures', () => {
    const panel = mount();
    ready(panel);
    fireEvent.click(panel.button('start'));
    panel.emit({ type: 'status', status: 'running' });
    fireEvent.click(panel.button('reset'));
    expect(panel.sent.at(-1)).toEqual({ type: 'reset' });
    expect(panel.metric('step')).toBe('0');
  });

  it('an invalid hyperparameter shows an inline alert and blocks Start', () => {
    const panel = mount();
    ready(panel);
    fireEvent.change(panel.container.querySelector('[data-hp="batchSize"]')!, { target: { value: '0' } });
    expect(screen.getByRole('alert').textContent).toContain('must be in [1, 8000]');
    expect(panel.button('start').disabled).toBe(true);
  });

  it('while a run exists, a new learning rate is sent to it and structural fields are locked', () => {
    const panel = mount();
    ready(panel);
    fireEvent.click(panel.button('start'));
    panel.emit({ type: 'status', status: 'running' });
    fireEvent.change(panel.container.querySelector('[data-hp="learningRate"]')!, {
      target: { value: '0.05' },
    });
    expect(panel.sent.at(-1)).toEqual({
      type: 'setHyperparameters',
      hyperparameters: { ...DEFAULT_HYPERPARAMETERS, learningRate: 0.05 },
    });
    expect((panel.container.querySelector('[data-hp="hiddenSize"]') as HTMLInputElement).disabled).toBe(true);
  });

  it('shows a worker error as an alert', () => {
    const panel = mount();
    panel.emit({ type: 'error', message: 'data/mnist-10k.bin: could not be loaded: HTTP 404', fatal: true });
    panel.emit({ type: 'status', status: 'error' });
    expect(screen.getByRole('alert').textContent).toBe('data/mnist-10k.bin: could not be loaded: HTTP 404');
    expect(panel.button('start').disabled).toBe(true);
  });
});
