import { CELLS } from '../../notebook/cells';
import type { CellId } from '../../notebook/cellIds';
import type { DerivedMatrix } from '../../store/selectors/outputs';
import type { CellInputs } from '../../store/types';
import { pythonAssignment } from '../pythonLiteral';
import type { Shown } from '../step';

/** One cell as Python: its inputs, its computation as the page does it, and what the page shows. */
export interface CellProgram {
  /** The cell's current inputs as exact literals, named as the seed names them. */
  readonly inputs: string;
  /** Forward and backward, step by step as the page derives them. */
  readonly compute: string;
  /** The outputs the page shows, in the page's order. */
  readonly shown: readonly Shown[];
}

/** The Python name the seed gives one of the cell's inputs (`X` for the single Affine's x). */
export function inputVariable(cell: CellId, name: string): string {
  return CELLS[cell].inputs.find((i) => i.name === name)?.label ?? name;
}

/** The cell's inputs (dout excluded) as exact `np.array` literals, in the cell's order. */
export function inputsCode(cell: CellId, inputs: CellInputs): string {
  return CELLS[cell].inputs
    .map(({ name, label }) => {
      const value = inputs.matrices[name];
      if (!value) throw new Error(`cell ${cell} has no input ${name}`);
      return pythonAssignment(label, value);
    })
    .join('\n');
}

/**
 * The assignment of the upstream gradient `variable` as the page resolves it: the cell's own matrix,
 * ones shaped like `outVariable` (always float64, as the page makes them), or what the seed passes.
 */
export function doutCode(cell: CellId, inputs: CellInputs, variable: string, outVariable: string): string {
  const ones = `${variable} = np.ones_like(${outVariable}, dtype=np.float64)`;
  if (inputs.dout === 'custom') {
    const value = inputs.matrices.dout;
    if (!value) throw new Error(`cell ${cell} uses its own dout but has none`);
    return pythonAssignment(variable, value);
  }
  if (inputs.dout === 'ones') return ones;
  const seedDout = CELLS[cell].seedDout;
  switch (seedDout.kind) {
    case 'input': {
      const source = inputVariable(cell, seedDout.name);
      return `${variable} = ${source}  # the seed passes ${source} itself as dout`;
    }
    case 'constant':
      return `# the seed's dY\n${pythonAssignment(variable, seedDout.value)}`;
    case 'ones':
    case 'none':
      return `${ones}  # the seed runs no backward here`;
  }
}

/** A shown output named `name`, held in the Python variable `variable`. */
export function shown(
  matrices: Readonly<Record<string, DerivedMatrix>>,
  name: string,
  variable = name,
): Shown {
  const result = matrices[name];
  if (!result) throw new Error(`the page derives no output ${name}`);
  return { name, variable, result };
}
