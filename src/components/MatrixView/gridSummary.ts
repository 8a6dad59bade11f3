import type { GridShape } from './gridShape';

/** NumPy prints arrays of more elements than this summarised (`np.get_printoptions()['threshold']`). */
export const PRINT_THRESHOLD = 1000;
/** How many leading and trailing items of each axis a summarised array shows (NumPy's `edgeitems`). */
export const EDGE_ITEMS = 3;

/** Which indices of one grid axis are on screen. */
export interface AxisView {
  /** The real indices shown, in order. */
  readonly shown: readonly number[];
  /** The real indices left out (inclusive), shown as one `...` after the leading edge items; or null. */
  readonly hidden: { readonly from: number; readonly to: number } | null;
}

/** Which rows and columns of a grid are on screen, as NumPy summarises what it prints. */
export interface GridView {
  readonly rows: AxisView;
  readonly cols: AxisView;
}

function axisView(length: number, summarised: boolean): AxisView {
  const all = Array.from({ length }, (_, i) => i);
  if (!summarised || length <= 2 * EDGE_ITEMS) return { shown: all, hidden: null };
  return {
    shown: [...all.slice(0, EDGE_ITEMS), ...all.slice(length - EDGE_ITEMS)],
    hidden: { from: EDGE_ITEMS, to: length - EDGE_ITEMS - 1 },
  };
}

/**
 * The part of a grid on screen: all of it up to `PRINT_THRESHOLD` elements; above, as NumPy's print
 * does, only the first and last `EDGE_ITEMS` of each axis longer than twice that.
 */
export function gridViewOf(size: number, grid: GridShape): GridView {
  const summarised = size > PRINT_THRESHOLD;
  return { rows: axisView(grid.rows, summarised), cols: axisView(grid.cols, summarised) };
}

/** The display position after which an axis shows its `...`, or -1 when nothing is hidden. */
export function gapAfter(axis: AxisView): number {
  return axis.hidden === null ? -1 : EDGE_ITEMS - 1;
}

/** `index` if it is shown, else the nearest shown index before the hidden run. */
export function shownIndex(axis: AxisView, index: number): number {
  const { hidden } = axis;
  return hidden !== null && index >= hidden.from && index <= hidden.to ? hidden.from - 1 : index;
}

/** The shown index reached from `index` by `delta` (stopping at the edges, jumping over the hidden run). */
export function moveOnAxis(axis: AxisView, index: number, delta: number): number {
  const last = axis.shown[axis.shown.length - 1] ?? 0;
  const target = Math.min(last, Math.max(0, index + delta));
  const { hidden } = axis;
  if (hidden === null || target < hidden.from || target > hidden.to) return target;
  return delta > 0 ? hidden.to + 1 : hidden.from - 1;
}

/** The shown cell `step` cells on in reading order, or null past either end of what is shown. */
export function stepInView(
  view: GridView,
  row: number,
  col: number,
  step: number,
): { row: number; col: number } | null {
  const width = view.cols.shown.length;
  const at = view.rows.shown.indexOf(row) * width + view.cols.shown.indexOf(col) + step;
  if (at < 0 || at >= view.rows.shown.length * width) return null;
  return { row: view.rows.shown[Math.floor(at / width)], col: view.cols.shown[at % width] };
}
