/**
 * Types for the pieces of plotly.js's partial bundle that src/charts/plotly.ts imports. plotly.js
 * ships no types, and the charts describe their figures with src/charts/figure.ts instead.
 */
declare module 'plotly.js/lib/core' {
  /** A trace module (bar, heatmap, …) to add to the core bundle. */
  export type PlotlyModule = { readonly moduleType: string };

  /** The methods of Plotly the notebook calls. */
  export interface PlotlyCore {
    register(modules: PlotlyModule | readonly PlotlyModule[]): void;
    react(root: HTMLElement, data: readonly object[], layout: object, config?: object): Promise<HTMLElement>;
    purge(root: HTMLElement): HTMLElement;
  }

  const Plotly: PlotlyCore;
  export default Plotly;
}

declare module 'plotly.js/lib/bar' {
  import type { PlotlyModule } from 'plotly.js/lib/core';
  const bar: PlotlyModule;
  export default bar;
}

declare module 'plotly.js/lib/heatmap' {
  import type { PlotlyModule } from 'plotly.js/lib/core';
  const heatmap: PlotlyModule;
  export default heatmap;
}
