import type { DrawFigure } from './chartRenderer';
import type { Layout, Trace } from './figure';

/** Data moves at once: no tweening, and a newer frame replaces an unfinished one. */
const ANIMATE_OPTIONS = {
  mode: 'immediate',
  transition: { duration: 0 },
  frame: { duration: 0, redraw: false },
} as const;

/** What a trace's update may change without a full redraw: its points and the words about them. */
const DATA_FIELDS = ['x', 'y', 'name', 'hovertemplate'] as const;

/** The axes a figure may have; each may give its range. */
const AXES = ['xaxis', 'yaxis', 'xaxis2', 'yaxis2'] as const;

/** Everything about a figure except its data and axis ranges: when this changes, it is redrawn whole. */
function shapeOf(traces: readonly Trace[], layout: Layout): string {
  const bare = traces.map((t) => {
    const rest: Record<string, unknown> = { ...t };
    for (const field of DATA_FIELDS) delete rest[field];
    return rest;
  });
  const rest: Record<string, unknown> = { ...layout };
  for (const name of AXES) if (layout[name]) rest[name] = { ...layout[name], range: null };
  return JSON.stringify([bare, rest]);
}

const rangesOf = (layout: Layout) => JSON.stringify(AXES.map((name) => layout[name]?.range));

/** Plotly.relayout's update that gives every axis of `layout` its range. */
function rangeUpdate(layout: Layout): Record<string, unknown> {
  return Object.fromEntries(
    AXES.filter((name) => layout[name]).map((name) => [`${name}.range`, layout[name]?.range]),
  );
}

/** Resolves in a later task, so the work before and after it are two short tasks, not one long one. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A drawer for a chart whose points move often (training curves many times a second, a cell's chart with
 * every edit): Plotly.react draws it whole the first time and whenever its look changes (words, colours,
 * theme), but when only the points and the axis ranges move, Plotly.relayout moves the ranges (when they changed) and then, in a later task,
 * Plotly.animate moves the points, without redrawing the rest of the figure. A full redraw lays out the
 * axes, ticks, titles and hover layers again and was the long main-thread task this avoids; the
 * figures must give their axis ranges (an autorange would need that full redraw to follow the data).
 */
export function createLiveDraw(): DrawFigure {
  let shape: string | null = null;
  let ranges: string | null = null;
  return async (plotly, root, traces, layout, config) => {
    const nextShape = shapeOf(traces, layout);
    const nextRanges = rangesOf(layout);
    if (nextShape !== shape || !plotly.animate || !plotly.relayout) {
      // Forget the drawn shape first: if this draw fails, the next one starts from scratch too.
      shape = null;
      await plotly.react(root, traces, layout, config);
      shape = nextShape;
      ranges = nextRanges;
      return;
    }
    if (nextRanges !== ranges) {
      ranges = null;
      await plotly.relayout(root, rangeUpdate(layout));
      ranges = nextRanges;
      await nextTask();
    }
    const data = traces.map((t) =>
      Object.fromEntries(DATA_FIELDS.filter((f) => f in t).map((f) => [f, t[f as keyof Trace]])),
    );
    await plotly.animate(root, { data, traces: traces.map((_, i) => i) }, ANIMATE_OPTIONS);
  };
}
