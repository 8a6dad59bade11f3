// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScatterTrace } from '../../src/charts/figure';
import type { PlotlyChartProps } from '../../src/charts/PlotlyChart';
import type { WorkerEvent } from '../../src/training/protocol';
import { createTrainingClient, type WorkerPort } from '../../src/training/trainingClient';

/** Each chart's latest props, by name: the charts themselves need Plotly, which jsdom cannot run. */
const charts = vi.hoisted(() => new Map<string, PlotlyChartProps>());
vi.mock('../../src/charts/PlotlyChart', () => ({
  PlotlyChart: (props: PlotlyChartProps) => {
    charts.set(props.name, props);
    return null;
  },
}));

const { TrainingCharts } = await import('../../src/training/TrainingCharts');

function mount() {
  const client = createTrainingClient();
  const port: WorkerPort = { onmessage: null, onerror: null, postMessage: () => {}, terminate: () => {} };
  client.connect(port);
  const emit = (event: WorkerEvent) =>
    act(() => port.onmessage?.({ data: event } as MessageEvent<WorkerEvent>));
  emit({ type: 'status', status: 'running' });
  render(<TrainingCharts client={client} />);
  return { client, emit };
}

const progress = (step: number, losses: number[]): WorkerEvent => ({
  type: 'progress',
  step,
  iterations: 100,
  epoch: step / 80,
  loss: losses.at(-1)!,
  trainAcc: null,
  testAcc: null,
  elapsedMs: step,
  losses: Float32Array.from(losses),
  epochs: [],
});

const lossPoints = () => (charts.get('training-loss')!.traces[0] as ScatterTrace).y.length;

describe('<TrainingCharts>', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    charts.clear();
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('draws both charts with the live drawer, and moves them at most twice a second', () => {
    const { emit } = mount();
    expect(charts.get('training-loss')!.drawWith).toBeTypeOf('function');
    expect(charts.get('training-accuracy')!.drawWith).toBeTypeOf('function');
    act(() => vi.advanceTimersByTime(500));
    emit(progress(2, [2.3, 2.2]));
    act(() => vi.advanceTimersByTime(0));
    expect(lossPoints()).toBe(2);
    emit(progress(3, [2.1]));
    act(() => vi.advanceTimersByTime(100));
    expect(lossPoints()).toBe(2);
    act(() => vi.advanceTimersByTime(400));
    expect(lossPoints()).toBe(3);
  });

  it('shows a reset at once instead of the old run for a moment', () => {
    const { client, emit } = mount();
    act(() => vi.advanceTimersByTime(500));
    emit(progress(2, [2.3, 2.2]));
    act(() => vi.advanceTimersByTime(0));
    expect(lossPoints()).toBe(2);
    act(() => client.reset());
    expect(lossPoints()).toBe(0);
  });
});
