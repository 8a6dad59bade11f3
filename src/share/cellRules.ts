import { CELL_IDS, type CellId } from '../notebook/cellIds';
import { CELL_MATRICES } from '../notebook/cellMatrices';
import type { CellInputs } from '../store/types';
import type { CellIssue } from './errors';
import type { Snapshot } from './snapshot';

/**
 * A snapshot's cells checked against what each cell holds, after the schema (which knows only the format):
 * each cell takes exactly its seed's matrices (ReLU and Sigmoid x and dout; the Affine cells x, W, b and
 * dout; Softmax-with-Loss and the two-layer net x and t). Every matrix takes any of the three dtypes and
 * any shape within the caps, as the editor does: NumPy's own errors for them show in the cell. A missing
 * matrix takes the seed's value (at the cell's seed) and says so; a name the cell does not have refuses
 * the cell, which then keeps what it had. Nothing that fails reaches the store. This module knows only the
 * names (the link worker checks what it encodes with it); cellRepair.ts does the repairing.
 */

/** The matrices a cell holds, in its seed's order: what a snapshot of it must carry, no more, no less. */
export function cellMatrixNames(cell: CellId): readonly string[] {
  return CELL_MATRICES[cell];
}

/** What is wrong with one cell's matrices, if anything: a name it does not have first, then missing ones. */
export function issueOf(cell: CellId, inputs: CellInputs): CellIssue | null {
  const expected = cellMatrixNames(cell);
  const carried = Object.keys(inputs.matrices);
  const unknown = carried.filter((name) => !expected.includes(name));
  if (unknown.length > 0) return { cell, code: 'unknown-matrix', names: unknown };
  const missing = expected.filter((name) => !carried.includes(name));
  return missing.length > 0 ? { cell, code: 'missing-matrix', names: missing } : null;
}

/** The issues of a snapshot's cells, in the notebook's order (none for one the page made itself). */
export function cellIssues(snapshot: Snapshot): CellIssue[] {
  const issues: CellIssue[] = [];
  for (const id of CELL_IDS) {
    const inputs = snapshot.inputs[id];
    const issue = inputs ? issueOf(id, inputs) : null;
    if (issue) issues.push(issue);
  }
  return issues;
}

/** A technical line for one issue (the banner's details, an encoding failure). */
export function issueText(issue: CellIssue): string {
  const list = issue.names.join(', ');
  return issue.code === 'missing-matrix'
    ? `inputs.${issue.cell}.matrices: ${list} missing (the seed's value is used)`
    : `inputs.${issue.cell}.matrices: ${list} is not a matrix of this cell (it takes ${cellMatrixNames(issue.cell).join(', ')})`;
}
