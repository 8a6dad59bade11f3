import { tensor, type Tensor } from '../tensor';
import { addBias, allFinite, columnSumsInto } from './kernels';
import { gemmInto } from './gemm';
import { netSizes, type TwoLayerGrads, type TwoLayerParams } from './params';
import { argmaxRow, softmaxLossInto } from './softmaxLoss';
import { checkBatch, flatTeacher } from './teacher';

/**
 * The two-layer net on flat Float64 loops, for training: the same arithmetic as the layer-by-layer
 * path (agreeing to about 1e-12), without building a tensor per layer and without the first layer's
 * dx, which nothing uses.
 */

interface Forward {
  readonly n: number;
  readonly relu: Float64Array; // relu(x W1 + b1), N×H
  readonly scores: Float64Array; // hidden W2 + b2, N×O
}

function forward(params: TwoLayerParams, x: Tensor, op: string): Forward & ReturnType<typeof netSizes> {
  const sizes = netSizes(params, op);
  const { input, hidden: h, output } = sizes;
  const n = checkBatch(x, input, h, op);
  const relu = new Float64Array(n * h);
  gemmInto(relu, x.data, input, 1, params.W1.data, h, 1, n, input, h, allFinite(params.W1.data));
  addBias(relu, params.b1.data, n, h);
  // The seed's Relu zeroes where x <= 0 (so -0 becomes 0 and nan passes through).
  for (let i = 0; i < relu.length; i++) if (relu[i] <= 0) relu[i] = 0;
  const scores = new Float64Array(n * output);
  gemmInto(scores, relu, h, 1, params.W2.data, output, 1, n, h, output, allFinite(params.W2.data));
  addBias(scores, params.b2.data, n, output);
  return { ...sizes, n, relu, scores };
}

/** `network.predict(x)`: the scores (N×output) before softmax. */
export function fastPredict(params: TwoLayerParams, x: Tensor): Tensor {
  const f = forward(params, x, 'twoLayerNet.predict');
  return tensor([f.n, f.output], 'float64', f.scores);
}

/** `network.loss(x, t)`: mean cross-entropy of softmax(predict(x)) against one-hot or label t. */
export function fastLoss(params: TwoLayerParams, x: Tensor, t: Tensor): number {
  const f = forward(params, x, 'twoLayerNet.loss');
  const teacher = flatTeacher(t, f.n, f.output, 'twoLayerNet.loss');
  return softmaxLossInto(new Float64Array(f.scores.length), f.scores, teacher, f.n, f.output);
}

/** `network.accuracy(x, t)`: the fraction of rows whose argmax matches t's label (or t's argmax). */
export function fastAccuracy(params: TwoLayerParams, x: Tensor, t: Tensor): number {
  const f = forward(params, x, 'twoLayerNet.accuracy');
  return accuracyOfScores(f.scores, f.n, f.output, t);
}

/** The book's accuracy given the scores: argmax per row compared with t (argmax'd when t is 2-d). */
export function accuracyOfScores(scores: Float64Array, n: number, c: number, t: Tensor): number {
  const labelCount = t.ndim === 1 ? t.size : t.shape[0];
  if (labelCount !== n) {
    throw new RangeError(`twoLayerNet.accuracy: t has ${labelCount} rows for ${n} samples`);
  }
  const width = t.ndim === 1 ? 1 : t.size / n;
  let hits = 0;
  for (let i = 0; i < n; i++) {
    const label = t.ndim === 1 ? t.data[i] : argmaxRow(t.data, i * width, width);
    if (argmaxRow(scores, i * c, c) === label) hits++;
  }
  return hits / n;
}

/**
 * `network.gradient(x, t)` by backprop, plus the loss of the forward pass. With `learningRate` given,
 * the returned tensors are the updated parameters `p - learningRate * grad` instead of the gradients.
 */
function backprop(
  params: TwoLayerParams,
  x: Tensor,
  t: Tensor,
  learningRate: number | null,
  op: string,
): { tensors: TwoLayerParams; loss: number } {
  const f = forward(params, x, op);
  const { n, input, hidden: h, output } = f;
  const teacher = flatTeacher(t, n, output, op);
  const dscores = new Float64Array(n * output);
  const loss = softmaxLossInto(dscores, f.scores, teacher, n, output);
  const dW2 = new Float64Array(h * output);
  // dW2 = reluᵀ · dscores: A is relu read column-wise.
  gemmInto(dW2, f.relu, 1, h, dscores, output, 1, h, n, output, allFinite(dscores));
  const db2 = new Float64Array(output);
  columnSumsInto(db2, dscores, n, output);
  const dhidden = new Float64Array(n * h);
  // dhidden = dscores · W2ᵀ.
  gemmInto(dhidden, dscores, output, 1, params.W2.data, 1, output, n, output, h, false);
  for (let i = 0; i < dhidden.length; i++) if (f.relu[i] === 0) dhidden[i] = 0;
  const dW1 = new Float64Array(input * h);
  // Skipping zero pixels is exact only when every dhidden entry is finite (0 * inf would be nan).
  gemmInto(dW1, x.data, 1, input, dhidden, h, 1, input, n, h, allFinite(dhidden));
  const db1 = new Float64Array(h);
  columnSumsInto(db1, dhidden, n, h);
  if (learningRate !== null) {
    step(dW1, params.W1.data, learningRate);
    step(db1, params.b1.data, learningRate);
    step(dW2, params.W2.data, learningRate);
    step(db2, params.b2.data, learningRate);
  }
  const tensors = {
    W1: tensor([input, h], 'float64', dW1),
    b1: tensor([h], 'float64', db1),
    W2: tensor([h, output], 'float64', dW2),
    b2: tensor([output], 'float64', db2),
  };
  return { tensors, loss };
}

/** grad := p - learningRate * grad, in the buffer this module just allocated. */
function step(grad: Float64Array, p: Float64Array, learningRate: number): void {
  for (let i = 0; i < grad.length; i++) grad[i] = p[i] - learningRate * grad[i];
}

/** `network.gradient(x, t)` on the fast path, with the loss its forward pass computed. */
export function fastGradient(
  params: TwoLayerParams,
  x: Tensor,
  t: Tensor,
): { grads: TwoLayerGrads; loss: number } {
  const { tensors, loss } = backprop(params, x, t, null, 'twoLayerNet.gradient');
  return { grads: tensors, loss };
}

/**
 * One step of the book's training loop: gradient by backprop, then `params -= learningRate * grads`,
 * into new tensors. `loss` is the loss at the incoming params (from the gradient's forward pass); the
 * book's `train_loss_list` records `network.loss` after the update, which `fastLoss` gives.
 */
export function trainStep(
  params: TwoLayerParams,
  x: Tensor,
  t: Tensor,
  learningRate: number,
): { params: TwoLayerParams; loss: number } {
  const { tensors, loss } = backprop(params, x, t, learningRate, 'twoLayerNet.trainStep');
  return { params: tensors, loss };
}
