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

/**
 * The parts of a layout that follow the data and that Plotly.relayout moves cheaply, as its update:
 * each given axis range (a new range redraws the axis and its ticks) and the figure's title text
 * (Plotly restyles the title alone, e.g. a loss written in it).
 */
function movingParts(layout: Layout): Record<string, unknown> {
  const parts: Record<string, unknown> = {};
  for (const name of AXES) {
    const range = layout[name]?.range;
    if (range) parts[`${name}.range`] = range;
  }
  if (layout.title) parts['title.text'] = layout.title.text;
  return parts;
}

/** Whether `x` places points by number; names of categories (e.g. a bar chart's 'row 0', '1') do not. */
const isNumeric = (x: unknown): boolean =>
  Array.isArray(x) && x.every((v) => v === null || typeof v === 'number');

/**
 * Everything about a figure except its data and its moving parts: when this changes, it is redrawn
 * whole. Kept in it: the x of points on a category axis (a new set of categories is a new axis, which
 * Plotly lays out only when it draws whole), and whether each axis has a range at all (going from a
 * given range to an autorange is a change of look).
 */
function shapeOf(traces: readonly Trace[], layout: Layout): string {
  const bare = traces.map((t) => {
    const rest: Record<string, unknown> = { ...t };
    for (const field of DATA_FIELDS) if (field !== 'x' || isNumeric(t.x)) delete rest[field];
    return rest;
  });
  const rest: Record<string, unknown> = { ...layout };
  for (const name of AXES) {
    const axis = layout[name];
    if (axis) rest[name] = { ...axis, range: axis.range ? 'given' : 'auto' };
  }
  if (layout.title) rest.title = { ...layout.title, text: null };
  return JSON.stringify([bare, rest]);
}

/** Resolves in a later task, so the work before and after it are two short tasks, not one long one. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A drawer for a chart whose points move often (training curves many times a second, a cell's chart with
 * every edit): Plotly.react draws it whole the first time and whenever its look changes (words, colours,
 * theme, the number of traces), but when only the points, the axis ranges and the title's text move,
 * Plotly.relayout moves the ranges and the title (when they changed) and then, in a later task,
 * Plotly.animate moves the points, without redrawing the rest of the figure. A full redraw lays out the
 * axes, ticks, titles and hover layers again and was the long main-thread task this avoids; the
 * figures must give their value axes' ranges (an autorange would need that full redraw to follow the
 * data); a category axis needs none, its categories being part of the figure's look.
 */
export function createLiveDraw(): DrawFigure {
  let shape: string | null = null;
  let moved: string | null = null;
  return async (plotly, root, traces, layout, config) => {
    const nextShape = shapeOf(traces, layout);
    const parts = movingParts(layout);
    const nextMoved = JSON.stringify(parts);
    if (nextShape !== shape || !plotly.animate || !plotly.relayout) {
      // Forget the drawn shape first: if this draw fails, the next one starts from scratch too.
      shape = null;
      await plotly.react(root, traces, layout, config);
      shape = nextShape;
      moved = nextMoved;
      return;
    }
    if (nextMoved !== moved) {
      moved = null;
      await plotly.relayout(root, parts);
      moved = nextMoved;
      await nextTask();
    }
    const data = traces.map((t) =>
      Object.fromEntries(DATA_FIELDS.filter((f) => f in t).map((f) => [f, t[f as keyof Trace]])),
    );
    await plotly.animate(root, { data, traces: traces.map((_, i) => i) }, ANIMATE_OPTIONS);
  };
}
