import type { Tensor } from '../engine';
import type { CellInputs, NotebookInputs } from '../store/types';
import { affineCell } from './affine';
import { batchAffineCell } from './batchAffine';
import type { CellDefinition, Preset } from './cellDefinition';
import { CELL_IDS, type CellId } from './cellIds';
import { reluCell } from './relu';
import { sigmoidCell } from './sigmoid';
import { softmaxWithLossCell } from './softmaxWithLoss';
import { twoLayerNetCell } from './twoLayerNet';

/** Every cell's definition, by id. Iterate `CELL_IDS` for the seed's order. */
export const CELLS: Readonly<Record<CellId, CellDefinition>> = {
  relu: reluCell,
  sigmoid: sigmoidCell,
  affine: affineCell,
  'batch-affine': batchAffineCell,
  'softmax-with-loss': softmaxWithLossCell,
  'two-layer-net': twoLayerNetCell,
};

/** A cell's inputs with `preset` loaded (the cell's dout goes back to what the seed passes). */
export function presetInputs(def: CellDefinition, preset: Preset): CellInputs {
  return {
    matrices: preset.matrices,
    dout: preset.dout ?? def.defaultDout,
    seed: def.random?.defaultSeed ?? 0,
  };
}

/** A random cell's inputs drawn after `np.random.seed(seed)`. */
export function seededInputs(def: CellDefinition, seed: number): CellInputs {
  if (!def.random) throw new Error(`cell ${def.id} has no random inputs to draw`);
  return { matrices: def.random.draw(seed), dout: def.defaultDout, seed };
}

/**
 * `current` redrawn at a new seed: what the seed draws, except the inputs the cell keeps on a new seed
 * (`keepOnReseed`), which stay as the learner set them; the dout choice stays too.
 */
export function reseededInputs(def: CellDefinition, current: CellInputs, seed: number): CellInputs {
  const drawn = seededInputs(def, seed);
  const kept = (def.random?.keepOnReseed ?? []).filter((name) => name in current.matrices);
  const matrices = { ...drawn.matrices, ...Object.fromEntries(kept.map((n) => [n, current.matrices[n]])) };
  return { ...drawn, matrices, dout: current.dout };
}

/** The inputs a cell starts with: the seed's values (its first preset, or its random draw). */
export function defaultCellInputs(id: CellId): CellInputs {
  const def = CELLS[id];
  return def.random ? seededInputs(def, def.random.defaultSeed) : presetInputs(def, def.presets[0]);
}

/** The whole notebook as the seed leaves it. */
export function defaultInputs(): NotebookInputs {
  return Object.fromEntries(CELL_IDS.map((id) => [id, defaultCellInputs(id)])) as NotebookInputs;
}

/** The seed's value of each input of a cell (drawn at `seed` for a random cell): what "reset" restores. */
export function seedMatrices(id: CellId, seed: number): Readonly<Record<string, Tensor>> {
  const def = CELLS[id];
  return def.random ? def.random.draw(seed) : def.presets[0].matrices;
}
