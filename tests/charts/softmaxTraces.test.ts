import { describe, expect, it } from 'vitest';
import { array } from '../../src/engine';
import type { BarTrace, HeatmapTrace, ScatterTrace } from '../../src/charts/figure';
import { MAX_BAR_ROWS, softmaxTraces } from '../../src/charts/softmaxTraces';
import { COLORS } from '../../src/charts/chartStyle';
import { createLiveDraw } from '../../src/charts/liveDraw';
import { recordingPlotly } from './fakePlotly';

// softmax of the seed's x = [[1.0, -0.5], [-2.0, 3.0]] by rows, and its t = [[0, 1]].
const y = array([
  [0.8175744761936437, 0.18242552380635635],
  [0.0066928509242848554, 0.9933071490757153],
]);
const t = array([[0, 1]]);

describe('softmaxTraces', () => {
  const { traces, layout } = softmaxTraces({ y, t, loss: '0.10406420174253615' });
  const [others, hits, stars] = traces as [BarTrace, BarTrace, ScatterTrace];

  it('puts the loss, as NumPy prints it, in the title', () => {
    expect(layout.title?.text).toBe('loss = 0.10406420174253615');
  });

  it('draws one bar per class, grouped by row, at the probabilities of y: the target green, the rest grey', () => {
    expect(hits.x).toEqual([
      ['row 0', 'row 1'],
      ['0', '1'],
    ]);
    expect(hits.y).toEqual([y.data[0], y.data[3]]);
    expect(hits.marker?.color).toBe(COLORS.target);
    // The grey trace holds every position, in order (it fixes the axis order), with 0 at the targets.
    expect(others.x).toEqual([
      ['row 0', 'row 0', 'row 1', 'row 1'],
      ['0', '1', '0', '1'],
    ]);
    expect(others.y).toEqual([0, y.data[1], y.data[2], 0]);
    expect(others.marker?.color).toBe(COLORS.other);
    // One bar per position: stacking the two traces never puts two bars side by side.
    expect(layout.barmode).toBe('relative');
    expect(layout.yaxis?.range).toEqual([0, 1.08]);
  });

  it('stars each target bar, so a tiny probability is still marked', () => {
    expect(stars.type).toBe('scatter');
    expect(stars.x).toEqual(hits.x);
    expect(stars.y).toEqual(hits.y);
  });

  it('marks no target when t cannot be read as targets, and still draws y', () => {
    const figure = softmaxTraces({ y, t: array([5, 5]), loss: null });
    expect(figure.traces).toHaveLength(1);
    expect((figure.traces[0] as BarTrace).y).toEqual(Array.from(y.data));
    expect(figure.layout.title?.text).toBe('loss = —');
  });

  it('says y cannot be computed when it is null', () => {
    const figure = softmaxTraces({ y: null, t, loss: null });
    expect(figure.traces).toEqual([]);
    expect(figure.layout.annotations?.[0].text).toMatch(/cannot be computed/);
  });

  it('switches to a heatmap of rows × classes with starred targets past MAX_BAR_ROWS rows', () => {
    const rows = MAX_BAR_ROWS + 1;
    const big = array(Array.from({ length: rows }, (_, i) => [i % 2 ? 0.25 : 0.75, i % 2 ? 0.75 : 0.25]));
    const labels = array(Array.from({ length: rows }, (_, i) => i % 2));
    const figure = softmaxTraces({ y: big, t: labels, loss: '0.2876820724517809' });
    const heat = figure.traces[0] as HeatmapTrace;
    expect(heat.type).toBe('heatmap');
    expect(heat.z).toHaveLength(rows);
    expect(heat.z[1]).toEqual([0.25, 0.75]);
    const stars = figure.traces[1] as ScatterTrace;
    expect(stars.x).toEqual(Array.from(labels.data));
    expect(stars.y).toEqual(Array.from({ length: rows }, (_, i) => i));
    expect(figure.layout.yaxis?.autorange).toBe('reversed');
  });

  it('is drawn by moving its bars and the loss in its title after an edit of x; a new target redraws it', async () => {
    const plotly = recordingPlotly();
    const drawer = createLiveDraw();
    const draw = async (probabilities: number[][], targets: number[][], loss: string) => {
      const f = softmaxTraces({ y: array(probabilities), t: array(targets), loss });
      await drawer(plotly, {} as HTMLElement, [...f.traces], f.layout, {});
    };
    await draw([[0.8, 0.2]], [[0]], '0.2231435513142097');
    await draw([[0.6, 0.4]], [[0]], '0.5108256237659907');
    expect(plotly.calls).toEqual(['react', 'relayout', 'animate']);
    expect(plotly.relayout).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ 'title.text': 'loss = 0.5108256237659907' }),
    );
    await draw([[0.6, 0.4]], [[1]], '0.916290731874155');
    expect(plotly.calls.at(-1)).toBe('react');
  });
});
