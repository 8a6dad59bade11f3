// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { renderWithStore } from './renderWithStore';

// "Painted" a task later: the cell's code is requested only after the first paint.
vi.mock('../../src/charts/afterPaint', () => ({
  afterPaint: (task: () => void) => {
    const id = setTimeout(task, 0);
    return () => clearTimeout(id);
  },
}));
vi.mock('../../src/charts/loadPlotly', () => ({ loadPlotly: () => new Promise(() => {}) }));

const { LazyTwoLayerNetCell } = await import('../../src/cells/TwoLayerNetCell/LazyTwoLayerNetCell');

describe('<LazyTwoLayerNetCell>', () => {
  it('holds the cell’s place, hook and anchor while its code loads, then shows the cell', async () => {
    const { container, findByRole } = renderWithStore(<LazyTwoLayerNetCell />);
    const placeholder = container.querySelector('[data-cell="two-layer-net"]');
    expect(placeholder).toHaveAttribute('aria-busy', 'true');
    expect(placeholder).toHaveAttribute('id', 'two-layer-net');
    await findByRole('button', { name: /^Affine1: out a1/ }, { timeout: 10_000 });
    expect(container.querySelectorAll('[data-cell="two-layer-net"]')).toHaveLength(1);
    expect(container.querySelector('[data-cell="two-layer-net"]')).not.toHaveAttribute('aria-busy');
  });
});
