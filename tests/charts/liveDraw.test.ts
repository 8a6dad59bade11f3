import { describe, expect, it } from 'vitest';
import type { BarTrace, Layout, ScatterTrace } from '../../src/charts/figure';
import { createLiveDraw } from '../../src/charts/liveDraw';
import { recordingPlotly } from './fakePlotly';

const root = {} as HTMLElement;
const config = { displayModeBar: false };

const fakePlotly = recordingPlotly;

const trace = (y: number[], color = 'red'): ScatterTrace => ({
  type: 'scatter',
  mode: 'lines',
  name: `loss (${y.length})`,
  x: y.map((_, i) => i + 1),
  y,
  line: { color },
});
const layout = (xMax: number, title = 'loss'): Layout => ({
  height: 200,
  margin: { l: 0, r: 0, t: 0, b: 0 },
  title: { text: title },
  xaxis: { range: [0, xMax] },
  yaxis: { range: [0, 2.5] },
});

describe('createLiveDraw', () => {
  it('draws the first figure whole with Plotly.react', async () => {
    const plotly = fakePlotly();
    await createLiveDraw()(plotly, root, [trace([2])], layout(100), config);
    expect(plotly.react).toHaveBeenCalledWith(root, [trace([2])], layout(100), config);
    expect(plotly.animate).not.toHaveBeenCalled();
  });

  it('moves only the points, names and hover text with Plotly.animate when nothing else changed', async () => {
    const plotly = fakePlotly();
    const draw = createLiveDraw();
    await draw(plotly, root, [trace([2])], layout(100), config);
    await draw(plotly, root, [trace([2, 1.5])], layout(100), config);
    expect(plotly.react).toHaveBeenCalledTimes(1);
    expect(plotly.animate).toHaveBeenCalledWith(
      root,
      { data: [{ x: [1, 2], y: [2, 1.5], name: 'loss (2)' }], traces: [0] },
      expect.objectContaining({ mode: 'immediate', frame: { duration: 0, redraw: false } }),
    );
  });

  it('moves the axis ranges with Plotly.relayout first when they changed, then the points', async () => {
    const plotly = fakePlotly();
    const draw = createLiveDraw();
    await draw(plotly, root, [trace([2])], layout(100), config);
    await draw(plotly, root, [trace([2, 1])], layout(150), config);
    expect(plotly.relayout).toHaveBeenCalledWith(root, {
      'xaxis.range': [0, 150],
      'yaxis.range': [0, 2.5],
      'title.text': 'loss',
    });
    await draw(plotly, root, [trace([2, 1, 1])], layout(150), config);
    expect(plotly.calls).toEqual(['react', 'relayout', 'animate', 'animate']);
  });

  it('moves the range of every axis the figure has, a second y axis included', async () => {
    const plotly = fakePlotly();
    const draw = createLiveDraw();
    const twoPanels = (lo: number): Layout => ({
      ...layout(100),
      yaxis2: { domain: [0, 0.4], range: [lo, 1] },
    });
    await draw(plotly, root, [trace([2])], twoPanels(0), config);
    await draw(plotly, root, [trace([2])], twoPanels(-1), config);
    expect(plotly.relayout).toHaveBeenCalledWith(root, {
      'xaxis.range': [0, 100],
      'yaxis.range': [0, 2.5],
      'yaxis2.range': [-1, 1],
      'title.text': 'loss',
    });
    // Anything else about that axis is the figure's look: it is drawn whole again.
    await draw(
      plotly,
      root,
      [trace([2])],
      { ...twoPanels(-1), yaxis2: { domain: [0, 0.5], range: [-1, 1] } },
      config,
    );
    expect(plotly.calls).toEqual(['react', 'relayout', 'animate', 'react']);
  });

  it('moves the title’s text with Plotly.relayout (a loss written in it), and nothing else of the layout', async () => {
    const plotly = fakePlotly();
    const draw = createLiveDraw();
    await draw(plotly, root, [trace([2])], layout(100, 'loss = 0.5'), config);
    await draw(plotly, root, [trace([2])], layout(100, 'loss = 0.25'), config);
    expect(plotly.relayout).toHaveBeenCalledWith(
      root,
      expect.objectContaining({ 'title.text': 'loss = 0.25' }),
    );
    expect(plotly.calls).toEqual(['react', 'relayout', 'animate']);
  });

  it('redraws whole when the look changes: a colour, the title’s font, the number of traces', async () => {
    const plotly = fakePlotly();
    const draw = createLiveDraw();
    await draw(plotly, root, [trace([2])], layout(100), config);
    await draw(plotly, root, [trace([2], 'blue')], layout(100), config);
    const bigTitle = { ...layout(100), title: { text: 'loss', font: { size: 20 } } };
    await draw(plotly, root, [trace([2], 'blue')], bigTitle, config);
    await draw(plotly, root, [trace([2], 'blue'), trace([1], 'blue')], bigTitle, config);
    expect(plotly.react).toHaveBeenCalledTimes(4);
    expect(plotly.animate).not.toHaveBeenCalled();
  });

  it('redraws whole when an axis loses its given range: an autorange must follow the data', async () => {
    const plotly = fakePlotly();
    const draw = createLiveDraw();
    await draw(plotly, root, [trace([2])], layout(100), config);
    await draw(plotly, root, [trace([2])], { ...layout(100), yaxis: {} }, config);
    expect(plotly.calls).toEqual(['react', 'react']);
  });

  it('moves bars whose categories stay; new categories are a new axis, drawn whole', async () => {
    const plotly = fakePlotly();
    const draw = createLiveDraw();
    const bars = (x: string[], y: number[]): BarTrace => ({ type: 'bar', name: 'db', x, y });
    await draw(plotly, root, [bars(['0', '1'], [1, 2])], layout(100), config);
    await draw(plotly, root, [bars(['0', '1'], [3, -1])], layout(100), config);
    expect(plotly.animate).toHaveBeenLastCalledWith(
      root,
      { data: [{ x: ['0', '1'], y: [3, -1], name: 'db' }], traces: [0] },
      expect.anything(),
    );
    await draw(plotly, root, [bars(['0', '1', '2'], [3, -1, 0])], layout(100), config);
    expect(plotly.calls).toEqual(['react', 'animate', 'react']);
  });

  it('after a failed draw, draws the next figure whole again', async () => {
    const plotly = fakePlotly();
    const draw = createLiveDraw();
    plotly.react.mockReturnValueOnce(Promise.reject(new Error('boom')));
    await expect(draw(plotly, root, [trace([2])], layout(100), config)).rejects.toThrow('boom');
    await draw(plotly, root, [trace([2, 1])], layout(100), config);
    expect(plotly.react).toHaveBeenCalledTimes(2);
    expect(plotly.animate).not.toHaveBeenCalled();
  });

  it('falls back to Plotly.react when this Plotly cannot animate', async () => {
    const plotly = fakePlotly();
    const { animate: _animate, relayout: _relayout, ...withoutAnimate } = plotly;
    const draw = createLiveDraw();
    await draw(withoutAnimate, root, [trace([2])], layout(100), config);
    await draw(withoutAnimate, root, [trace([2, 1])], layout(100), config);
    expect(plotly.react).toHaveBeenCalledTimes(2);
  });
});
