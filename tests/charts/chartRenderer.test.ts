import { describe, expect, it, vi } from 'vitest';
import { createChartRenderer, type PlotlyDrawer } from '../../src/charts/chartRenderer';
import type { ChartFigure } from '../../src/charts/figure';

const figure = (name: string): ChartFigure => ({
  traces: [{ type: 'scatter', mode: 'lines', name, x: [0, 1], y: [0, 1] }],
  layout: { height: 200, margin: { l: 0, r: 0, t: 0, b: 0 } },
});

/** A renderer with a fake Plotly and a schedule the test runs by hand. */
function setup(load?: () => Promise<PlotlyDrawer>) {
  const drawn: { traces: readonly object[]; layout: Record<string, unknown> }[] = [];
  let finishReact: (() => void) | null = null;
  const plotly: PlotlyDrawer = {
    react: vi.fn((_root, traces, layout) => {
      drawn.push({ traces, layout: layout as Record<string, unknown> });
      return new Promise<unknown>((resolve) => (finishReact = () => resolve(undefined)));
    }),
    purge: vi.fn(),
  };
  const tasks: (() => void)[] = [];
  const cancelled: (() => void)[] = [];
  const root = {} as HTMLElement;
  const onError = vi.fn();
  const loader = vi.fn(load ?? (() => Promise.resolve(plotly)));
  const renderer = createChartRenderer(root, {
    load: loader,
    schedule: (task) => {
      tasks.push(task);
      return () => cancelled.push(task);
    },
    theme: () => ({ font: { color: 'rebeccapurple' } }),
    onError,
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const runScheduled = async () => {
    const task = tasks.shift();
    if (!task) throw new Error('nothing scheduled');
    task();
    await settle();
  };
  return {
    renderer,
    plotly,
    drawn,
    tasks,
    cancelled,
    root,
    onError,
    loader,
    runScheduled,
    settle,
    finishReact: async () => {
      finishReact?.();
      await settle();
    },
  };
}

const names = (drawn: { traces: readonly object[] }[]) =>
  drawn.map((d) => (d.traces[0] as { name: string }).name);

describe('createChartRenderer', () => {
  it('draws nothing until the scheduled task runs (after the paint), then calls Plotly.react', async () => {
    const s = setup();
    s.renderer.draw(figure('a'));
    await s.settle();
    expect(s.plotly.react).not.toHaveBeenCalled();
    await s.runScheduled();
    expect(names(s.drawn)).toEqual(['a']);
  });

  it('draws only the latest of several figures asked for before the paint', async () => {
    const s = setup();
    s.renderer.draw(figure('a'));
    s.renderer.draw(figure('b'));
    s.renderer.draw(figure('c'));
    expect(s.tasks).toHaveLength(1);
    await s.runScheduled();
    expect(names(s.drawn)).toEqual(['c']);
  });

  it('collapses figures asked for while Plotly is drawing into one redraw with the newest', async () => {
    const s = setup();
    s.renderer.draw(figure('a'));
    await s.runScheduled();
    s.renderer.draw(figure('b'));
    s.renderer.draw(figure('c'));
    expect(s.tasks).toHaveLength(0);
    await s.finishReact();
    await s.runScheduled();
    expect(names(s.drawn)).toEqual(['a', 'c']);
  });

  it('loads Plotly once for all its draws', async () => {
    const s = setup();
    s.renderer.draw(figure('a'));
    await s.runScheduled();
    await s.finishReact();
    s.renderer.draw(figure('b'));
    await s.runScheduled();
    expect(s.loader).toHaveBeenCalledTimes(1);
    expect(names(s.drawn)).toEqual(['a', 'b']);
  });

  it("adds the page's theme to the layout, under the figure's own settings", async () => {
    const s = setup();
    s.renderer.draw(figure('a'));
    await s.runScheduled();
    expect(s.drawn[0].layout).toMatchObject({ height: 200, font: { color: 'rebeccapurple' } });
  });

  it('hands Plotly a copy, so Plotly writing into it cannot change the figure', async () => {
    const s = setup();
    const f = figure('a');
    s.renderer.draw(f);
    await s.runScheduled();
    (s.drawn[0].traces[0] as { name: string }).name = 'changed by Plotly';
    expect(f.traces[0].name).toBe('a');
  });

  it('dispose() cancels a pending draw and purges the chart', async () => {
    const s = setup();
    s.renderer.draw(figure('a'));
    await s.runScheduled();
    await s.finishReact();
    s.renderer.draw(figure('b'));
    s.renderer.dispose();
    expect(s.cancelled).toHaveLength(1);
    expect(s.plotly.purge).toHaveBeenCalledWith(s.root);
    s.renderer.draw(figure('c'));
    expect(s.tasks).toHaveLength(1);
  });

  it('does not draw when disposed while Plotly was still loading', async () => {
    let resolveLoad: (p: PlotlyDrawer) => void = () => {};
    const s = setup(() => new Promise((resolve) => (resolveLoad = resolve)));
    s.renderer.draw(figure('a'));
    s.tasks.shift()?.();
    s.renderer.dispose();
    resolveLoad(s.plotly);
    await s.settle();
    expect(s.plotly.react).not.toHaveBeenCalled();
  });

  it('reports a failed load and tries again on the next figure', async () => {
    let attempts = 0;
    const s = setup(() =>
      ++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(s.plotly),
    );
    s.renderer.draw(figure('a'));
    await s.runScheduled();
    expect(s.onError).toHaveBeenCalledTimes(1);
    s.renderer.draw(figure('b'));
    await s.runScheduled();
    expect(names(s.drawn)).toEqual(['b']);
  });

  it('draws each figure with deps.drawFigure when given one, with the theme and a copy of the figure', async () => {
    const plotly: PlotlyDrawer = { react: vi.fn(() => Promise.resolve()), purge: vi.fn() };
    const drawFigure = vi.fn(() => Promise.resolve());
    const tasks: (() => void)[] = [];
    const root = {} as HTMLElement;
    const renderer = createChartRenderer(root, {
      load: () => Promise.resolve(plotly),
      schedule: (task) => (tasks.push(task), () => {}),
      theme: () => ({ font: { color: 'teal' } }),
      drawFigure,
    });
    const f = figure('a');
    renderer.draw(f);
    tasks.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(plotly.react).not.toHaveBeenCalled();
    expect(drawFigure).toHaveBeenCalledTimes(1);
    const [drawer, target, traces, layout] = drawFigure.mock.calls[0] as unknown as [
      PlotlyDrawer,
      HTMLElement,
      object[],
      object,
    ];
    expect(drawer).toBe(plotly);
    expect(target).toBe(root);
    expect(traces).toEqual(f.traces);
    expect(traces).not.toBe(f.traces);
    expect(layout).toMatchObject({ height: 200, font: { color: 'teal' } });
  });
});
