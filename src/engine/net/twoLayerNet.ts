import { affine } from '../layers/affine';
import { relu } from '../layers/relu';
import { softmaxWithLoss } from '../layers/softmaxWithLoss';
import { argmax } from '../ops/argmax';
import { equal } from '../ops/compare';
import { sum } from '../ops/sum';
import type { Tensor } from '../tensor';
import { fastAccuracy, fastGradient, fastLoss, fastPredict, trainStep } from './fast';
import { numericalGradientOf } from './numericalGradient';
import { init, netSizes, sgdUpdate, type TwoLayerGrads, type TwoLayerParams } from './params';

/**
 * The book's ch05 TwoLayerNet (Affine1 → Relu1 → Affine2 → SoftmaxWithLoss) as pure functions of the
 * parameters. These run the layer functions one by one, NumPy's rules and all; `fast` and `trainStep`
 * give the same numbers on flat loops for training.
 */

interface Forward {
  readonly a1: Tensor;
  readonly mask: Tensor;
  readonly z1: Tensor;
  readonly scores: Tensor;
}

function forward(params: TwoLayerParams, x: Tensor): Forward {
  netSizes(params, 'twoLayerNet');
  const a1 = affine.forward(x, params.W1, params.b1).out;
  const { out: z1, mask } = relu.forward(a1);
  const scores = affine.forward(z1, params.W2, params.b2).out;
  return { a1, mask, z1, scores };
}

/** `network.predict(x)`: the scores (N×output) before softmax. */
function predict(params: TwoLayerParams, x: Tensor): Tensor {
  return forward(params, x).scores;
}

/** `network.loss(x, t)`: SoftmaxWithLoss of predict(x) against one-hot or label t. */
function loss(params: TwoLayerParams, x: Tensor, t: Tensor): number {
  return softmaxWithLoss.forward(predict(params, x), t).loss;
}

/** `network.accuracy(x, t)`: `np.sum(argmax(y, 1) == t) / N`, t argmax'd first when it is not 1-D. */
function accuracy(params: TwoLayerParams, x: Tensor, t: Tensor): number {
  const y = argmax(predict(params, x), 1);
  const labels = t.ndim !== 1 ? argmax(t, 1) : t;
  return sum(equal(y, labels)).data[0] / x.shape[0];
}

/** `network.gradient(x, t)`: backprop through SoftmaxWithLoss, Affine2, Relu1 and Affine1. */
function gradient(params: TwoLayerParams, x: Tensor, t: Tensor): TwoLayerGrads {
  const f = forward(params, x);
  const { y } = softmaxWithLoss.forward(f.scores, t);
  const dscores = softmaxWithLoss.backward(y, t).dx;
  const second = affine.backward(dscores, f.z1, params.W2);
  const da1 = relu.backward(second.dx, f.mask).dx;
  const first = affine.backward(da1, x, params.W1);
  return { W1: first.dW, b1: first.db, W2: second.dW, b2: second.db };
}

/** `network.numerical_gradient(x, t)`: the book's central difference (h = 1e-4) on `loss`, element by element. */
function numericalGradient(params: TwoLayerParams, x: Tensor, t: Tensor): TwoLayerGrads {
  return numericalGradientOf(params, (p) => loss(p, x, t));
}

/** The book's two-layer net: `init` then the network's methods, each taking the params explicitly. */
export const twoLayerNet = {
  init,
  predict,
  loss,
  accuracy,
  gradient,
  numericalGradient,
  /** One SGD step on the fast path: `{ params: params - lr * gradient, loss }` (loss before the step). */
  trainStep,
  sgdUpdate,
  /**
   * The same four methods on flat Float64 loops: equal to the layer path to ~1e-12 (currently bit for
   * bit, as both sum in the same order), about ten times faster, without per-layer warnings.
   * `gradient` also returns the loss.
   */
  fast: {
    predict: fastPredict,
    loss: fastLoss,
    accuracy: fastAccuracy,
    gradient: fastGradient,
    /** The central difference on the fast loss, for gradient checks on MNIST-sized nets. */
    numericalGradient: (params: TwoLayerParams, x: Tensor, t: Tensor): TwoLayerGrads =>
      numericalGradientOf(params, (p) => fastLoss(p, x, t)),
  },
};
