import { affine } from '../../engine';
import { batchAffineCell } from '../../notebook/batchAffine';
import type { CellInputs } from '../types';
import { after, attempt, collectWarnings, memoByInputs, resolveDout, type CellOutputs } from './outputs';

/** Batch Affine's outputs, through the seed's Affine class: out = x·W + b, then dx, dW, db from dout. */
export function computeBatchAffine(inputs: CellInputs): CellOutputs {
  const { x, W, b } = inputs.matrices;
  const forward = attempt(() => affine.forward(x, W, b));
  const out = after([forward], (f) => f.out);
  const dout = resolveDout(inputs, batchAffineCell.seedDout, out);
  const backward = after([dout], (d) => affine.backward(d, x, W));
  return {
    matrices: {
      out,
      dout,
      dx: after([backward], (g) => g.dx),
      dW: after([backward], (g) => g.dW),
      db: after([backward], (g) => g.db),
    },
    // When forward raises, the layer can still say why from the shapes alone.
    warnings: collectWarnings(forward.value?.warnings ?? affine.diagnose(x, W, b), backward.value?.warnings),
  };
}

/** `computeBatchAffine`, computed once per inputs object. */
export const deriveBatchAffine = memoByInputs(computeBatchAffine);
