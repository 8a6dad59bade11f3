// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { array } from '../../src/engine';
import { chartTestKit, type ChartKit } from './chartTestKit';

const kit = vi.hoisted(() => ({ current: null as ChartKit | null }));
vi.mock('../../src/charts/afterPaint', () => ({
  afterPaint: (task: () => void) => kit.current!.afterPaint(task),
}));
vi.mock('../../src/charts/loadPlotly', () => ({ loadPlotly: () => kit.current!.loadPlotly() }));

const { SoftmaxChart } = await import('../../src/charts/SoftmaxChart');

const y = array([
  [0.8175744761936437, 0.18242552380635635],
  [0.0066928509242848554, 0.9933071490757153],
]);
const t = array([[0, 1]]);

/** The layout of the n-th Plotly.react call. */
const layoutOf = (k: ChartKit, n: number) => k.react.mock.calls[n][2] as { title?: { text: string } };

describe('<SoftmaxChart>', () => {
  afterEach(() => cleanup());

  it('titles the chart with the loss printed as NumPy prints a float64', async () => {
    kit.current = chartTestKit();
    const { container } = render(<SoftmaxChart y={y} t={t} loss={0.10406420174253615} />);
    expect(container.querySelector('[data-chart="softmax-with-loss"]')).not.toBeNull();
    await kit.current.paint();
    expect(layoutOf(kit.current, 0).title?.text).toBe('loss = 0.10406420174253615');
  });

  it('titles it with a dash when the loss cannot be computed', async () => {
    kit.current = chartTestKit();
    render(<SoftmaxChart y={y} t={array([1, 0, 1])} loss={null} />);
    await kit.current.paint();
    expect(layoutOf(kit.current, 0).title?.text).toBe('loss = —');
  });
});
