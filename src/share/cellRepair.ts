import { seedMatrices } from '../notebook/cells';
import { CELL_IDS, type CellId } from '../notebook/cellIds';
import type { CellInputs } from '../store/types';
import { cellMatrixNames, issueOf, issueText } from './cellRules';
import { fail, type CellIssue, type DecodeError } from './errors';
import type { Snapshot } from './snapshot';

/**
 * The cells' rules (cellRules.ts) applied to a decoded snapshot: a cell missing matrices gets the seed's
 * values for them, a cell with a name it does not have is left out.
 */

/** One cell checked: the inputs to open (null when refused), and what was wrong, if anything. */
export function checkCell(
  cell: CellId,
  inputs: CellInputs,
): { inputs: CellInputs | null; issue: CellIssue | null } {
  const issue = issueOf(cell, inputs);
  if (issue === null) return { inputs, issue };
  if (issue.code === 'unknown-matrix') return { inputs: null, issue };
  const expected = cellMatrixNames(cell);
  const seed = seedMatrices(cell, inputs.seed);
  const matrices = Object.fromEntries(expected.map((name) => [name, inputs.matrices[name] ?? seed[name]]));
  return {
    inputs: Object.freeze({ ...inputs, matrices: Object.freeze(matrices) }),
    issue,
  };
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
