import type { ChartFigure, Layout, Trace } from './figure';

/** The Plotly calls a chart makes. */
export interface PlotlyDrawer {
  react(root: HTMLElement, data: readonly object[], layout: object, config?: object): Promise<unknown>;
  purge(root: HTMLElement): unknown;
  /** Plotly.animate: live charts move their data with it instead of redrawing the whole figure. */
  animate?(root: HTMLElement, frame: object, options?: object): Promise<unknown>;
  /** Plotly.relayout: live charts move their axis ranges with it. */
  relayout?(root: HTMLElement, update: object): Promise<unknown>;
}

/** Draws one figure (a copy the drawer may keep) into `root`; the default is Plotly.react. */
export type DrawFigure = (
  plotly: PlotlyDrawer,
  root: HTMLElement,
  traces: Trace[],
  layout: Layout,
  config: object,
) => Promise<unknown>;

const reactDraw: DrawFigure = (plotly, root, traces, layout, config) =>
  plotly.react(root, traces, layout, config);

/** What a renderer needs from its surroundings (real ones in the page, fakes in tests). */
export interface ChartRendererDeps {
  /** Resolves to Plotly; called on the first draw only. */
  readonly load: () => Promise<PlotlyDrawer>;
  /** Runs a task later (after the next paint in the page); returns a cancel function. */
  readonly schedule: (task: () => void) => () => void;
  /** Layout fields taken from the page at draw time, e.g. its text colour and font. */
  readonly theme?: () => Partial<Layout>;
  /** Told when Plotly cannot be loaded or cannot draw. */
  readonly onError?: (error: unknown) => void;
  /** How each figure is drawn (Plotly.react when absent). */
  readonly drawFigure?: DrawFigure;
}

/** Draws figures into one element, at most one Plotly call at a time, always the newest figure. */
export interface ChartRenderer {
  /** Asks for `figure` to be drawn; figures asked for before the next draw replace each other. */
  draw(figure: ChartFigure): void;
  /** Cancels pending work and frees Plotly's listeners and DOM (Plotly.purge). */
  dispose(): void;
}

/** Plotly options: no toolbar or logo; follow the container's width. */
const CONFIG = { displayModeBar: false, displaylogo: false, responsive: true, scrollZoom: false };

/**
 * A renderer that coalesces updates: each draw waits for `schedule`, and edits arriving while Plotly is
 * busy collapse into one redraw with the latest figure, so a burst of edits never queues up charts.
 */
export function createChartRenderer(root: HTMLElement, deps: ChartRendererDeps): ChartRenderer {
  let next: ChartFigure | null = null;
  let cancel: (() => void) | null = null;
  let busy = false;
  let disposed = false;
  let plotly: PlotlyDrawer | null = null;

  const request = (): void => {
    if (cancel || busy || disposed || !next) return;
    cancel = deps.schedule(() => {
      cancel = null;
      void run();
    });
  };

  const run = async (): Promise<void> => {
    busy = true;
    try {
      plotly ??= await deps.load();
      if (disposed || !next) return;
      // Plotly writes into the objects it is given (uids, autoranges): hand it a copy of the figure.
      const { traces, layout } = structuredClone(next) as { traces: Trace[]; layout: Layout };
      next = null;
      await (deps.drawFigure ?? reactDraw)(plotly, root, traces, { ...deps.theme?.(), ...layout }, CONFIG);
    } catch (error) {
      if (!disposed) deps.onError?.(error);
    } finally {
      busy = false;
    }
    request();
  };

  return {
    draw(figure) {
      next = figure;
      request();
    },
    dispose() {
      disposed = true;
      next = null;
      cancel?.();
      cancel = null;
      plotly?.purge(root);
    },
  };
}
