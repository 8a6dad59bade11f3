import type { CellId } from '../notebook/cellIds';
import { CELL_IDS } from '../notebook/cellIds';
import type { CellInputs, NotebookInputs } from '../store/types';

/** The snapshot format this build writes; older ones are migrated on reading (see migrations.ts). */
export const SNAPSHOT_VERSION = 1;

/**
 * What a link, a JSON file or the autosave carries: some cells' complete inputs, and which cell to open at.
 * A cell link holds one cell; a whole-notebook link holds all of them.
 */
export interface Snapshot {
  readonly version: typeof SNAPSHOT_VERSION;
  /** The cell to scroll to and highlight after opening. */
  readonly cell?: CellId;
  readonly inputs: Partial<Record<CellId, CellInputs>>;
}

/** A snapshot of one cell's inputs, opening at that cell. */
export function cellSnapshot(inputs: NotebookInputs, cell: CellId): Snapshot {
  return { version: SNAPSHOT_VERSION, cell, inputs: { [cell]: inputs[cell] } };
}

/** A snapshot of every cell's inputs. */
export function notebookSnapshot(inputs: NotebookInputs): Snapshot {
  return { version: SNAPSHOT_VERSION, inputs: { ...inputs } };
}

/**
 * The notebook a snapshot opens: `base` (the seed's defaults, usually) with the snapshot's cells put in.
 * Cells the snapshot does not carry keep their `base` inputs, so a cell link shows exactly what its
 * sender saw in that cell.
 */
export function applySnapshot(base: NotebookInputs, snapshot: Snapshot): NotebookInputs {
  const next = { ...base } as Record<CellId, CellInputs>;
  for (const id of CELL_IDS) {
    const cell = snapshot.inputs[id];
    if (cell) next[id] = cell;
  }
  return next;
}

/** Whether a snapshot carries every cell, so it can stand alone as a notebook. */
export function isWholeNotebook(snapshot: Snapshot): boolean {
  return CELL_IDS.every((id) => snapshot.inputs[id] !== undefined);
}
