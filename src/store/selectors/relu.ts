import { relu } from '../../engine';
import { reluCell } from '../../notebook/relu';
import type { CellInputs } from '../types';
import { after, attempt, collectWarnings, memoByInputs, resolveDout, type CellOutputs } from './outputs';
import { doutIsXWarning } from './notebookWarnings';

/** ReLU's outputs: out and mask from forward, dx from backward with the cell's dout. */
export function computeRelu(inputs: CellInputs): CellOutputs {
  const forward = attempt(() => relu.forward(inputs.matrices.x));
  const out = after([forward], (f) => f.out);
  const mask = after([forward], (f) => f.mask);
  const dout = resolveDout(inputs, reluCell.seedDout, out);
  const backward = after([dout, mask], (d, m) => relu.backward(d, m));
  return {
    matrices: { out, mask, dout, dx: after([backward], (b) => b.dx) },
    warnings: collectWarnings(
      forward.value?.warnings,
      backward.value?.warnings,
      doutIsXWarning(inputs, reluCell),
    ),
  };
}

/** `computeRelu`, computed once per inputs object. */
export const deriveRelu = memoByInputs(computeRelu);
