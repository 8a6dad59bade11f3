// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { array } from '../../src/engine';
import { sigmoidTraces } from '../../src/charts/sigmoidTraces';
import { chartTestKit, type ChartKit } from './chartTestKit';

const kit = vi.hoisted(() => ({ current: null as ChartKit | null }));
vi.mock('../../src/charts/afterPaint', () => ({
  afterPaint: (task: () => void) => kit.current!.afterPaint(task),
}));
vi.mock('../../src/charts/loadPlotly', () => ({ loadPlotly: () => kit.current!.loadPlotly() }));

const { SigmoidChart } = await import('../../src/charts/SigmoidChart');

const x = array([
  [1.0, -0.5],
  [-2.0, 3.0],
]);
const out = array([
  [0.73105858, 0.37754067],
  [0.11920292, 0.95257413],
]);

describe('<SigmoidChart>', () => {
  afterEach(() => cleanup());

  it('draws sigmoidTraces(x, out) in a box marked data-chart="sigmoid"', async () => {
    kit.current = chartTestKit();
    const { container } = render(<SigmoidChart x={x} out={out} />);
    expect(container.querySelector('[data-chart="sigmoid"]')).not.toBeNull();
    await kit.current.paint();
    expect(kit.current.drawn()).toEqual([sigmoidTraces(x, out).traces]);
  });

  it('redraws when x changes', async () => {
    kit.current = chartTestKit();
    const { rerender } = render(<SigmoidChart x={x} out={out} />);
    await kit.current.paint();
    const x2 = array([0.0]);
    const out2 = array([0.5]);
    rerender(<SigmoidChart x={x2} out={out2} />);
    await kit.current.paint();
    expect(kit.current.drawn()).toEqual([sigmoidTraces(x, out).traces, sigmoidTraces(x2, out2).traces]);
  });
});
