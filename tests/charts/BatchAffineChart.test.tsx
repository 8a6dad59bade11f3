// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { array } from '../../src/engine';
import { affineTraces } from '../../src/charts/affineTraces';
import { chartTestKit, type ChartKit } from './chartTestKit';

const kit = vi.hoisted(() => ({ current: null as ChartKit | null }));
vi.mock('../../src/charts/afterPaint', () => ({
  afterPaint: (task: () => void) => kit.current!.afterPaint(task),
}));
vi.mock('../../src/charts/loadPlotly', () => ({ loadPlotly: () => kit.current!.loadPlotly() }));

const { BatchAffineChart } = await import('../../src/charts/BatchAffineChart');

const b = array([1, 2, 3]);
const out = array([
  [1, 2, 3],
  [11, 12, 13],
]);
const dout = array([
  [1, 2, 3],
  [4, 5, 6],
]);
const db = array([5, 7, 9]);

describe('<BatchAffineChart>', () => {
  afterEach(() => cleanup());

  it('draws affineTraces({ b, out, dout, db }) in a box marked data-chart="affine"', async () => {
    kit.current = chartTestKit();
    const { container } = render(<BatchAffineChart b={b} out={out} dout={dout} db={db} />);
    expect(container.querySelector('[data-chart="affine"]')).not.toBeNull();
    await kit.current.paint();
    expect(kit.current.drawn()).toEqual([affineTraces({ b, out, dout, db }).traces]);
  });

  it('still renders, with the panels it can draw, when out and db cannot be computed', async () => {
    kit.current = chartTestKit();
    render(<BatchAffineChart b={b} out={null} dout={dout} db={null} />);
    await kit.current.paint();
    expect(kit.current.drawn()).toEqual([[]]);
  });
});
