import { add, affine, dot, reshape, type EngineWarning, type Tensor } from '../../engine';
import { affineCell } from '../../notebook/affine';
import type { CellInputs } from '../types';
import { after, attempt, collectWarnings, memoByInputs, resolveDout, type CellOutputs } from './outputs';

/** A 1-D array as a batch of one row; anything else as it is. */
const asBatch = (t: Tensor): Tensor => (t.ndim === 1 ? reshape(t, [1, -1]) : t);

/**
 * The single Affine's outputs. Forward is the seed's own line, Y = np.dot(X, W) + B. The seed runs no
 * backward here; the gradients are the Affine class's, with a 1-D X taken as a batch of one sample
 * (X.reshape(1, -1)), since the class would otherwise read it as 2 samples of one feature.
 */
export function computeAffine(inputs: CellInputs): CellOutputs {
  const { x, W, b } = inputs.matrices;
  const forwardWarnings: EngineWarning[] = [];
  const out = attempt(() => add(dot(x, W, forwardWarnings), b, forwardWarnings));
  const dout = resolveDout(inputs, affineCell.seedDout, out);
  const backward = after([dout], (d) => {
    const g = affine.backward(x.ndim === 1 ? asBatch(d) : d, asBatch(x), W);
    return { ...g, dx: x.ndim === 1 ? reshape(g.dx, x.shape) : g.dx };
  });
  return {
    matrices: {
      out,
      dout,
      dx: after([backward], (g) => g.dx),
      dW: after([backward], (g) => g.dW),
      db: after([backward], (g) => g.db),
    },
    warnings: collectWarnings(forwardWarnings, backward.value?.warnings),
  };
}

/** `computeAffine`, computed once per inputs object. */
export const deriveAffine = memoByInputs(computeAffine);
