import type { CellId } from '../../src/notebook/cellIds';
import { computeAffine } from '../../src/store/selectors/affine';
import { computeBatchAffine } from '../../src/store/selectors/batchAffine';
import type { CellOutputs } from '../../src/store/selectors/outputs';
import { computeRelu } from '../../src/store/selectors/relu';
import { computeSigmoid } from '../../src/store/selectors/sigmoid';
import { computeSoftmaxWithLoss } from '../../src/store/selectors/softmaxWithLoss';
import { computeTwoLayerNet } from '../../src/store/selectors/twoLayerNet';
import type { CellInputs } from '../../src/store/types';

/** Test helper: each cell's derive (src/store/selectors), by cell id, uncached. */
const DERIVE: Readonly<Record<CellId, (inputs: CellInputs) => CellOutputs>> = {
  relu: computeRelu,
  sigmoid: computeSigmoid,
  affine: computeAffine,
  'batch-affine': computeBatchAffine,
  'softmax-with-loss': computeSoftmaxWithLoss,
  'two-layer-net': computeTwoLayerNet,
};

/** Every output of `cell` derived from `inputs`, as the page derives them. */
export function deriveOutputs(cell: CellId, inputs: CellInputs): CellOutputs {
  return DERIVE[cell](inputs);
}
