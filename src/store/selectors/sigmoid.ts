import { sigmoid } from '../../engine';
import { sigmoidCell } from '../../notebook/sigmoid';
import type { CellInputs } from '../types';
import { after, attempt, collectWarnings, memoByInputs, resolveDout, type CellOutputs } from './outputs';
import { doutIsXWarning } from './notebookWarnings';

/** Sigmoid's outputs: out from forward, dx from backward with the cell's dout. */
export function computeSigmoid(inputs: CellInputs): CellOutputs {
  const forward = attempt(() => sigmoid.forward(inputs.matrices.x));
  const out = after([forward], (f) => f.out);
  const dout = resolveDout(inputs, sigmoidCell.seedDout, out);
  const backward = after([dout, out], (d, o) => sigmoid.backward(d, o));
  return {
    matrices: { out, dout, dx: after([backward], (b) => b.dx) },
    warnings: collectWarnings(
      forward.value?.warnings,
      backward.value?.warnings,
      doutIsXWarning(inputs, sigmoidCell),
    ),
  };
}

/** `computeSigmoid`, computed once per inputs object. */
export const deriveSigmoid = memoByInputs(computeSigmoid);
