import type { Tensor } from '../../engine';

/** How a tensor of at most two dimensions lays out on a grid: 0-d as one cell, 1-D as one row. */
export interface GridShape {
  readonly rows: number;
  readonly cols: number;
}

/** The grid a tensor fills, or null for 3-D and more (those are shown and edited as text). */
export function gridShapeOf(t: Tensor): GridShape | null {
  if (t.ndim === 0) return { rows: 1, cols: 1 };
  if (t.ndim === 1) return { rows: 1, cols: t.shape[0] };
  if (t.ndim === 2) return { rows: t.shape[0], cols: t.shape[1] };
  return null;
}

/** The NumPy index expression naming one grid cell: `x[0, 1]`, `x[2]` for 1-D, `x[()]` for 0-d. */
export function cellLabel(name: string, ndim: number, row: number, col: number): string {
  if (ndim === 0) return `${name}[()]`;
  if (ndim === 1) return `${name}[${col}]`;
  return `${name}[${row}, ${col}]`;
}
