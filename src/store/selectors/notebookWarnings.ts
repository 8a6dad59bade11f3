import { warning, type EngineWarning } from '../../engine';
import type { CellDefinition } from '../../notebook/cellDefinition';
import type { CellInputs } from '../types';

/**
 * The notebook's own warning that dout is the input itself, as the seed passes it (raised here, not by
 * the layers, since only the notebook knows where dout came from).
 */
export function doutIsXWarning(inputs: CellInputs, def: CellDefinition): EngineWarning[] {
  if (inputs.dout !== 'seed' || def.seedDout.kind !== 'input') return [];
  return [warning('dout-is-x', { layer: def.id })];
}
