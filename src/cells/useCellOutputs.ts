import type { CellId } from '../notebook/cellIds';
import type { CellOutputs } from '../store/selectors/outputs';
import type { CellInputs } from '../store/types';
import { useNotebook } from '../store/useNotebook';

/** A cell's derived outputs; re-derived only when that cell's inputs change (the derive is memoised). */
export function useCellOutputs(cell: CellId, derive: (inputs: CellInputs) => CellOutputs): CellOutputs {
  return derive(useNotebook((s) => s.inputs[cell]));
}
