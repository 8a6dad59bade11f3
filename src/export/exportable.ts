import { CELL_IDS, type CellId } from '../notebook/cellIds';

/**
 * The cells with a Python export: every seed cell. The two-layer net runs the book's own files instead.
 * Kept apart from the exporters so that the page can show its buttons without loading them.
 */
export const EXPORTABLE_CELLS: readonly CellId[] = CELL_IDS.filter((id) => id !== 'two-layer-net');

/** Whether `cell` has a Python export. */
export function isExportable(cell: CellId): boolean {
  return EXPORTABLE_CELLS.includes(cell);
}
