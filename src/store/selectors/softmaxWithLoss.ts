import { softmaxWithLoss } from '../../engine';
import type { CellInputs } from '../types';
import { after, attempt, collectWarnings, memoByInputs, type CellOutputs } from './outputs';

/**
 * Softmax-with-Loss's outputs: y and the loss from forward, dx from backward (the seed's dout = 1).
 * As in the seed, where forward stores self.y before computing the loss, y (and so backward) does not
 * wait for the loss: a bad t fails the loss without hiding y.
 */
export function computeSoftmaxWithLoss(inputs: CellInputs): CellOutputs {
  const { x, t } = inputs.matrices;
  const forward = attempt(() => softmaxWithLoss.forward(x, t));
  const y =
    forward.error === null ? after([forward], (f) => f.y) : attempt(() => softmaxWithLoss.softmax(x).y);
  const backward = after([y], (yv) => softmaxWithLoss.backward(yv, t));
  return {
    matrices: { y, dx: after([backward], (b) => b.dx) },
    loss: after([forward], (f) => f.loss),
    // When forward raises, the layer can still say why from the shapes alone.
    warnings: collectWarnings(
      forward.value?.warnings ?? softmaxWithLoss.diagnose(x, t),
      backward.value?.warnings,
    ),
  };
}

/** `computeSoftmaxWithLoss`, computed once per inputs object. */
export const deriveSoftmaxWithLoss = memoByInputs(computeSoftmaxWithLoss);
