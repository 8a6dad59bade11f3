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
});
