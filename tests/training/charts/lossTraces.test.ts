import { describe, expect, it } from 'vitest';
import { lossTraces } from '../../../src/training/charts/lossTraces';

describe('lossTraces', () => {
  it('plots every step (1-based) when there are few', () => {
    const [trace] = lossTraces(Float32Array.from([3, 2, 1, 9]), 3).traces;
    expect(trace).toMatchObject({ type: 'scatter', x: [1, 2, 3], y: [3, 2, 1], name: 'loss' });
  });

  it('averages buckets of steps past maxPoints, each placed at its middle step', () => {
    const losses = Float32Array.from({ length: 10 }, (_, i) => i);
    const [trace] = lossTraces(losses, 10, 5).traces;
    expect(trace).toMatchObject({
      x: [1.5, 3.5, 5.5, 7.5, 9.5],
      y: [0.5, 2.5, 4.5, 6.5, 8.5],
      name: 'loss (mean of 2 steps)',
    });
  });

  it('averages a short last bucket over its own steps only', () => {
    const [trace] = lossTraces([1, 1, 1, 4], 4, 2).traces;
    expect(trace).toMatchObject({ x: [1.5, 3.5], y: [1, 2.5] });
  });

  it('draws an empty chart before the first step', () => {
    const figure = lossTraces(new Float32Array(0), 0);
    expect(figure.traces[0]).toMatchObject({ x: [], y: [] });
    expect(figure.layout.title?.text).toBe('loss per step');
  });

  it('speaks Japanese when asked', () => {
    const figure = lossTraces(
      Float32Array.from({ length: 10 }, (_, i) => i),
      10,
      5,
      'ja',
    );
    expect(figure.traces[0]).toMatchObject({ name: '損失 (2 ステップの平均)' });
    expect(figure.layout.title?.text).toBe('損失関数の推移');
  });

  it('ends its axes at round numbers at or above the data, at least 100 steps and 0.5 loss', () => {
    const axes = (losses: number[]) => {
      const { xaxis, yaxis } = lossTraces(losses, losses.length).layout;
      return [xaxis?.range, yaxis?.range];
    };
    expect(axes([])).toEqual([
      [0, 100],
      [0, 0.5],
    ]);
    expect(axes(Array.from({ length: 2161 }, (_, i) => (i < 100 ? 2.302 : 0.3)))).toEqual([
      [0, 3000],
      [0, 3],
    ]);
  });

  it('leaves Infinity and NaN losses out of the loss axis', () => {
    expect(lossTraces([1.2, Infinity, NaN], 3).layout.yaxis?.range).toEqual([0, 2]);
  });
});
