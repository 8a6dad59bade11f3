import type { PlotlyDrawer } from './chartRenderer';

let pending: Promise<PlotlyDrawer> | null = null;

/** Loads the Plotly chunk once (a dynamic import, so it is not part of the first page load). */
export function loadPlotly(): Promise<PlotlyDrawer> {
  pending ??= import('./plotly').then(
    (m) => m.plotly,
    (error: unknown) => {
      // Let the next chart try again (e.g. after a flaky network) instead of caching the failure.
      pending = null;
      throw error;
    },
  );
  return pending;
}
