import type { Tensor } from '../engine';
import type { CellId } from '../notebook/cellIds';

/**
 * Where a cell's upstream gradient comes from.
 * 'seed': what the seed notebook passes (x itself for ReLU and Sigmoid; dY for batch Affine; ones for Affine);
 * 'ones': np.ones_like(out); 'custom': the cell's own editable `dout` matrix.
 */
export type DoutSource = 'seed' | 'ones' | 'custom';

/**
 * Everything the user can set in one cell. The store holds only these; every output is derived.
 * `matrices` maps an input name (x, W, b, t, dout) to its current valid value.
 */
export interface CellInputs {
  readonly matrices: Readonly<Record<string, Tensor>>;
  readonly dout: DoutSource;
  /** Seed of the random inputs (the single Affine's np.random.seed). */
  readonly seed: number;
}

/** The whole notebook's inputs: the unit that is saved, shared, undone and redone. */
export type NotebookInputs = Readonly<Record<CellId, CellInputs>>;

/** A change to some of one cell's inputs: matrices are merged by name, dout replaced when given. */
export interface CellPatch {
  readonly matrices?: Readonly<Record<string, Tensor>>;
  readonly dout?: DoutSource;
}
