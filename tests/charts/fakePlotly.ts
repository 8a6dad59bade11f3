import { vi } from 'vitest';
import type { PlotlyDrawer } from '../../src/charts/chartRenderer';

type Fn = ReturnType<typeof vi.fn>;

/** A Plotly whose react, animate and relayout are spies that note, in order, which of them was called. */
export function recordingPlotly(): PlotlyDrawer & { react: Fn; animate: Fn; relayout: Fn; calls: string[] } {
  const calls: string[] = [];
  const call = (name: string) => vi.fn(() => (calls.push(name), Promise.resolve()));
  return {
    react: call('react'),
    animate: call('animate'),
    relayout: call('relayout'),
    purge: vi.fn(),
    calls,
  };
}
