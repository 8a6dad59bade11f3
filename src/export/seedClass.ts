import { CELLS } from '../notebook/cells';
import type { CellId } from '../notebook/cellIds';

/** The seed's class each cell runs, and the section of the seed that defines it. */
const CLASS_OF: Readonly<Partial<Record<CellId, { readonly name: string; readonly definedIn: CellId }>>> = {
  relu: { name: 'Relu', definedIn: 'relu' },
  sigmoid: { name: 'Sigmoid', definedIn: 'sigmoid' },
  // The single-sample section computes Y by hand; its gradients come from the batch section's class.
  affine: { name: 'Affine', definedIn: 'batch-affine' },
  'batch-affine': { name: 'Affine', definedIn: 'batch-affine' },
  'softmax-with-loss': { name: 'SoftmaxWithLoss', definedIn: 'softmax-with-loss' },
};

/** A class of the seed notebook: its name and its Python source, verbatim. */
export interface SeedClass {
  readonly name: string;
  readonly source: string;
}

/** The seed's class behind `cell`, verbatim from the seed's code cell that defines it. */
export function seedClass(cell: CellId): SeedClass {
  const entry = CLASS_OF[cell];
  if (!entry) throw new Error(`cell ${cell} runs no single class of the seed`);
  const { name, definedIn } = entry;
  const code = CELLS[definedIn].source.find((c) => c.code.startsWith(`class ${name}:`));
  if (!code) throw new Error(`the seed's ${definedIn} section has no class ${name}`);
  return { name, source: code.code };
}
