import { seedMatrices } from '../notebook/cells';
import { CELL_IDS, type CellId } from '../notebook/cellIds';
import { CELL_MATRICES } from '../notebook/cellMatrices';
import type { CellInputs } from '../store/types';
import { fail, type CellIssue, type DecodeError } from './errors';
import type { Snapshot } from './snapshot';

/**
 * A snapshot's cells checked against what each cell holds, after the schema (which knows only the format):
 * each cell takes exactly its seed's matrices (ReLU and Sigmoid x and dout; the Affine cells x, W, b and
 * dout; Softmax-with-Loss and the two-layer net x and t). Every matrix takes any of the three dtypes and
 * any shape within the caps, as the editor does: NumPy's own errors for them show in the cell. A missing
 * matrix takes the seed's value (at the cell's seed) and says so; a name the cell does not have refuses
 * the cell, which then keeps what it had. Nothing that fails reaches the store.
 */

export type { CellIssue };

/** The matrices a cell holds, in its seed's order: what a snapshot of it must carry, no more, no less. */
export function cellMatrixNames(cell: CellId): readonly string[] {
  return CELL_MATRICES[cell];
}

/** One cell checked: the inputs to open (null when refused), and what was wrong, if anything. */
export function checkCell(
  cell: CellId,
  inputs: CellInputs,
): { inputs: CellInputs | null; issue: CellIssue | null } {
  const expected = cellMatrixNames(cell);
  const carried = Object.keys(inputs.matrices);
  const unknown = carried.filter((name) => !expected.includes(name));
  if (unknown.length > 0) return { inputs: null, issue: { cell, code: 'unknown-matrix', names: unknown } };
  const missing = expected.filter((name) => !carried.includes(name));
  if (missing.length === 0) return { inputs, issue: null };
  const seed = seedMatrices(cell, inputs.seed);
  const matrices = Object.fromEntries(expected.map((name) => [name, inputs.matrices[name] ?? seed[name]]));
  return {
    inputs: Object.freeze({ ...inputs, matrices: Object.freeze(matrices) }),
    issue: { cell, code: 'missing-matrix', names: missing },
  };
}

/** The issues of a snapshot's cells, in the notebook's order (none for one the page made itself). */
export function cellIssues(snapshot: Snapshot): CellIssue[] {
  const issues: CellIssue[] = [];
  for (const id of CELL_IDS) {
    const inputs = snapshot.inputs[id];
    const { issue } = inputs ? checkCell(id, inputs) : { issue: null };
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

/**
 * A decoded snapshot with each cell checked: repaired cells filled in, refused ones left out, and the
 * issues to tell. When every cell it carried is refused, nothing opens: an error listing them.
 */
export function checkCells(
  snapshot: Snapshot,
): { ok: true; snapshot: Snapshot; issues: CellIssue[] } | { ok: false; error: DecodeError } {
  const inputs: Partial<Record<CellId, CellInputs>> = {};
  const issues: CellIssue[] = [];
  let carried = 0;
  for (const id of CELL_IDS) {
    const cell = snapshot.inputs[id];
    if (!cell) continue;
    carried++;
    const checked = checkCell(id, cell);
    if (checked.issue) issues.push(checked.issue);
    if (checked.inputs) inputs[id] = checked.inputs;
  }
  const opened = Object.keys(inputs).length;
  if (carried > 0 && opened === 0) {
    const failure = fail('cells-refused', issues.map(issueText).join('; '));
    return { ok: false, error: { ...failure.error, cells: issues } };
  }
  if (issues.length === 0) return { ok: true, snapshot, issues };
  const cell = snapshot.cell !== undefined && inputs[snapshot.cell] ? snapshot.cell : undefined;
  const checked: Snapshot =
    cell === undefined ? { version: snapshot.version, inputs } : { version: snapshot.version, cell, inputs };
  return { ok: true, snapshot: checked, issues };
}
