import { describe, expect, it } from 'vitest';
import { array } from '../../src/engine';
import {
  AGREEMENT_LOG10,
  GRADCHECK_COLORSCALE,
  gradcheckTraces,
  LOG_RANGE,
  log10Diff,
} from '../../src/charts/gradcheckTraces';
import type { HeatmapTrace } from '../../src/charts/figure';

describe('log10Diff(d)', () => {
  it('is log10 of the difference inside the scale, clamped at its ends', () => {
    expect(log10Diff(1e-9)).toBeCloseTo(-9, 12);
    expect(log10Diff(1e-20)).toBe(LOG_RANGE[0]);
    expect(log10Diff(5)).toBe(LOG_RANGE[1]);
  });

  it('puts an exact 0 at the bottom of the scale and leaves NaN blank', () => {
    expect(log10Diff(0)).toBe(LOG_RANGE[0]);
    expect(log10Diff(NaN)).toBeNaN();
  });
});

describe('gradcheckTraces', () => {
  it('draws a 2-D parameter as a rows × columns heatmap of log10 |diff| on the fixed scale', () => {
    const diff = array(
      [
        [1e-10, 1e-3],
        [0, 1e-8],
      ],
      'float64',
    );
    const { traces, layout } = gradcheckTraces({ name: 'W1', diff, mean: '2.5e-04' });
    const h = traces[0] as HeatmapTrace;
    expect(h.type).toBe('heatmap');
    expect(h.z.map((row) => row.map((v) => Math.round(v)))).toEqual([
      [-10, -3],
      [LOG_RANGE[0], -8],
    ]);
    expect([h.zmin, h.zmax]).toEqual([...LOG_RANGE]);
    expect(h.hovertemplate).toContain('W1[%{y}, %{x}]');
    expect(layout.title?.text).toBe('W1 · mean 2.5e-04');
  });

  it('draws a bias as a single row indexed by position', () => {
    const { traces, layout } = gradcheckTraces({
      name: 'b2',
      diff: array([1e-7, 1e-9, 1e-8], 'float64'),
      mean: 'm',
    });
    const h = traces[0] as HeatmapTrace;
    expect(h.z).toHaveLength(1);
    expect(h.z[0]).toHaveLength(3);
    expect(h.hovertemplate).toContain('b2[%{x}]');
    expect(layout.yaxis?.showticklabels).toBe(false);
  });

  it('says there is no check, with no trace, when the gradients could not be computed', () => {
    const { traces, layout } = gradcheckTraces({ name: 'W2', diff: null, mean: null });
    expect(traces).toEqual([]);
    expect(layout.annotations?.[0].text).toMatch(/no gradient check/);
    expect(layout.title?.text).toBe('W2 · mean —');
  });

  it('turns from blue to amber exactly at 1e-7', () => {
    const at = (AGREEMENT_LOG10 - LOG_RANGE[0]) / (LOG_RANGE[1] - LOG_RANGE[0]);
    const stops = GRADCHECK_COLORSCALE.map(([p]) => p);
    expect(stops).toContain(at);
    expect(stops).toEqual([...stops].sort((a, b) => a - b));
    expect(GRADCHECK_COLORSCALE[stops.indexOf(at)][1]).toBe('#fcd34d');
  });
});
