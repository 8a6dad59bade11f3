import { tensor, type Tensor } from '../../engine';
import type { DerivedMatrix } from '../../store/selectors/outputs';
import type { TwoLayerNetOutputs } from '../../store/selectors/twoLayerNet';
import type { NodeValues } from './GraphNode';
import type { NetNode } from './netSteps';

const scalar = (v: number): Tensor => tensor([], 'float64', Float64Array.of(v));

/** `dout = 1`: what gradient() passes to the last layer, and so what arrives at L and SoftmaxWithLoss. */
const ONE = scalar(1);

function pair(out: DerivedMatrix, dout: DerivedMatrix): NodeValues {
  return { out: out.value, dout: dout.value, outError: out.error !== null, doutError: dout.error !== null };
}

/** Each graph node's out and the dout that comes back to it, from the cell's derived outputs. */
export function nodeValues(x: Tensor, outputs: TwoLayerNetOutputs): Record<NetNode, NodeValues> {
  const m = outputs.matrices;
  const one = { value: ONE, error: null };
  const loss = outputs.loss;
  const lossTensor = { value: loss.value === null ? null : scalar(loss.value), error: loss.error };
  return {
    x: pair({ value: x, error: null }, m.dx),
    affine1: pair(m.a1, m.da1),
    relu1: pair(m.z1, m.dz1),
    affine2: pair(m.scores, m.dscores),
    // The gradient of the loss does not wait on the loss being defined: it is the 1 gradient() starts from,
    // but only once forward got that far.
    softmaxWithLoss: pair(m.y, loss.error === null ? one : { value: null, error: loss.error }),
    L: pair(lossTensor, loss.error === null ? one : { value: null, error: loss.error }),
  };
}
