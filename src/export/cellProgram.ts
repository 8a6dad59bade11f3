import type { CellId } from '../notebook/cellIds';
import type { CellInputs } from '../store/types';
import { affineProgram } from './cells/affine';
import { batchAffineProgram } from './cells/batchAffine';
import type { CellProgram } from './cells/program';
import { reluProgram } from './cells/relu';
import { sigmoidProgram } from './cells/sigmoid';
import { softmaxWithLossProgram } from './cells/softmaxWithLoss';

export { EXPORTABLE_CELLS, isExportable } from './exportable';

export type { CellProgram } from './cells/program';

// The two-layer net runs the book's files (common/layers.py and more), not one class of the seed: no
// self-contained script for it yet.
const PROGRAMS: Readonly<Partial<Record<CellId, (inputs: CellInputs) => CellProgram>>> = {
  relu: reluProgram,
  sigmoid: sigmoidProgram,
  affine: affineProgram,
  'batch-affine': batchAffineProgram,
  'softmax-with-loss': softmaxWithLossProgram,
};

/** The cells that export as a Python script, in the notebook's order. */

/** One cell with its current inputs as Python: inputs, computation, and the outputs to print. */
export function cellProgram(cell: CellId, inputs: CellInputs): CellProgram {
  const program = PROGRAMS[cell];
  if (!program) throw new Error(`cell ${cell} has no Python export`);
  return program(inputs);
}
