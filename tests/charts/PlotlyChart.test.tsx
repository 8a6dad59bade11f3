// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartFigure } from '../../src/charts/figure';

const hoisted = vi.hoisted(() => ({
  tasks: [] as (() => void)[],
  react: vi.fn(() => Promise.resolve()),
  purge: vi.fn(),
  load: vi.fn(),
}));

vi.mock('../../src/charts/afterPaint', () => ({
  afterPaint: (task: () => void) => {
    hoisted.tasks.push(task);
    return () => {};
  },
}));
vi.mock('../../src/charts/loadPlotly', () => ({ loadPlotly: hoisted.load }));

const { PlotlyChart } = await import('../../src/charts/PlotlyChart');

const figure = (name: string): ChartFigure => ({
  traces: [{ type: 'bar', name, x: ['a'], y: [1] }],
  layout: { height: 240, margin: { l: 0, r: 0, t: 0, b: 0 } },
});

async function paint() {
  await act(async () => {
    for (const task of hoisted.tasks.splice(0)) task();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const drawnNames = () =>
  hoisted.react.mock.calls.map((call) => ((call as unknown[])[1] as { name: string }[])[0].name);

describe('<PlotlyChart>', () => {
  beforeEach(() => {
    hoisted.tasks.length = 0;
    hoisted.react.mockClear();
    hoisted.purge.mockClear();
    hoisted.load.mockReset();
    hoisted.load.mockResolvedValue({ react: hoisted.react, purge: hoisted.purge });
  });
  afterEach(() => cleanup());

  it('renders a labelled box of the figure’s height at once, and loads Plotly only after the paint', async () => {
    const f = figure('a');
    render(<PlotlyChart name="relu" label="ReLU chart" traces={f.traces} layout={f.layout} />);
    const box = screen.getByRole('img', { name: 'ReLU chart' });
    expect(box).toHaveStyle({ minHeight: '240px' });
    expect(box.closest('[data-chart="relu"]')).not.toBeNull();
    expect(hoisted.load).not.toHaveBeenCalled();
    await paint();
    expect(hoisted.react).toHaveBeenCalledTimes(1);
    expect((hoisted.react.mock.calls[0] as unknown[])[0]).toBe(box);
  });

  it('redraws with Plotly.react when the figure changes', async () => {
    const a = figure('a');
    const { rerender } = render(
      <PlotlyChart name="relu" label="chart" traces={a.traces} layout={a.layout} />,
    );
    await paint();
    const b = figure('b');
    rerender(<PlotlyChart name="relu" label="chart" traces={b.traces} layout={b.layout} />);
    await paint();
    expect(drawnNames()).toEqual(['a', 'b']);
  });

  it('draws with the drawer drawWith makes, one drawer per mounted chart', async () => {
    const drawn: string[] = [];
    const drawWith = vi.fn(() => (_plotly: unknown, _root: HTMLElement, traces: { name?: string }[]) => {
      drawn.push(traces[0].name ?? '');
      return Promise.resolve();
    });
    const a = figure('a');
    const { rerender } = render(
      <PlotlyChart name="live" label="chart" traces={a.traces} layout={a.layout} drawWith={drawWith} />,
    );
    await paint();
    const b = figure('b');
    rerender(
      <PlotlyChart name="live" label="chart" traces={b.traces} layout={b.layout} drawWith={drawWith} />,
    );
    await paint();
    expect(drawn).toEqual(['a', 'b']);
    expect(hoisted.react).not.toHaveBeenCalled();
    expect(drawWith).toHaveBeenCalledTimes(1);
  });

  it('purges the Plotly chart when unmounted', async () => {
    const f = figure('a');
    const { unmount } = render(<PlotlyChart name="relu" label="chart" traces={f.traces} layout={f.layout} />);
    await paint();
    const box = screen.getByRole('img');
    unmount();
    expect(hoisted.purge).toHaveBeenCalledWith(box);
  });

  it('says so, without touching the numbers, when Plotly cannot be loaded', async () => {
    hoisted.load.mockRejectedValue(new Error('offline'));
    const f = figure('a');
    render(<PlotlyChart name="relu" label="chart" traces={f.traces} layout={f.layout} />);
    await paint();
    expect(screen.getByRole('status')).toHaveTextContent(/could not be drawn/);
  });
});
