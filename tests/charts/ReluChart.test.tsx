// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { array } from '../../src/engine';
import { reluTraces } from '../../src/charts/reluTraces';
import { chartTestKit, type ChartKit } from './chartTestKit';

const kit = vi.hoisted(() => ({ current: null as ChartKit | null }));
vi.mock('../../src/charts/afterPaint', () => ({
  afterPaint: (task: () => void) => kit.current!.afterPaint(task),
}));
vi.mock('../../src/charts/loadPlotly', () => ({ loadPlotly: () => kit.current!.loadPlotly() }));

const { ReluChart } = await import('../../src/charts/ReluChart');

const x = array([
  [1.0, -0.5],
  [-2.0, 3.0],
]);
const out = array([
  [1.0, 0.0],
  [0.0, 3.0],
]);
const mask = array([
  [false, true],
  [true, false],
]);

describe('<ReluChart>', () => {
  afterEach(() => cleanup());

  it('draws reluTraces(x, out, mask) in a box marked data-chart="relu"', async () => {
    kit.current = chartTestKit();
    const { container } = render(<ReluChart x={x} out={out} mask={mask} />);
    expect(container.querySelector('[data-chart="relu"]')).not.toBeNull();
    await kit.current.paint();
    expect(kit.current.drawn()).toEqual([reluTraces(x, out, mask).traces]);
  });

  it('does not redraw when re-rendered with the same tensors', async () => {
    kit.current = chartTestKit();
    const { rerender } = render(<ReluChart x={x} out={out} mask={mask} />);
    await kit.current.paint();
    rerender(<ReluChart x={x} out={out} mask={mask} />);
    await kit.current.paint();
    expect(kit.current.react).toHaveBeenCalledTimes(1);
  });
});
