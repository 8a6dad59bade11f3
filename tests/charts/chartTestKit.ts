import { act } from '@testing-library/react';
import { vi } from 'vitest';

/**
 * Shared fakes for chart component tests: Plotly's react/purge as spies, and the after-paint scheduler
 * as a queue the test flushes with `paint()`. Each test file mocks src/charts/afterPaint and
 * src/charts/loadPlotly to forward to the current kit (see ReluChart.test.tsx).
 */
export function chartTestKit() {
  const tasks: (() => void)[] = [];
  const react = vi.fn((_root: HTMLElement, _traces: readonly object[], _layout: object) => Promise.resolve());
  const purge = vi.fn();
  return {
    react,
    purge,
    afterPaint: (task: () => void) => {
      tasks.push(task);
      return () => {};
    },
    loadPlotly: () => Promise.resolve({ react, purge }),
    /** Runs what was waiting for the paint, and lets Plotly's promises settle. */
    paint: async () => {
      await act(async () => {
        for (const task of tasks.splice(0)) task();
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
    },
    /** The traces of each Plotly.react call. */
    drawn: () => react.mock.calls.map((call) => call[1]),
  };
}

/** The fakes `chartTestKit()` returns. */
export type ChartKit = ReturnType<typeof chartTestKit>;
