import { createRandomState, type RandomState, type Seed } from '../random/randomState';
import { shapeText, tensor, type Tensor } from '../tensor';

/** The book's `network.params`: W1 (input×hidden), b1 (hidden), W2 (hidden×output), b2 (output). */
export interface TwoLayerParams {
  readonly W1: Tensor;
  readonly b1: Tensor;
  readonly W2: Tensor;
  readonly b2: Tensor;
}

/** Gradients, one per parameter and of the same shape: the book's `grads` dictionary. */
export type TwoLayerGrads = TwoLayerParams;

/** The parameter names in the book's order. */
export const PARAM_KEYS = ['W1', 'b1', 'W2', 'b2'] as const;

/** `TwoLayerNet(input_size, hidden_size, output_size, weight_init_std)` after `np.random.seed(seed)`. */
export interface InitOptions {
  readonly inputSize: number;
  readonly hiddenSize: number;
  readonly outputSize: number;
  /** Scale of the Gaussian initial weights; the book's default is 0.01. */
  readonly weightInitStd?: number;
  /** Seed for a fresh RandomState, or a RandomState to draw from (and leave advanced), as the book's global one. */
  readonly seed: Seed | RandomState;
}

/**
 * The book's initialisation: W1 = std * randn(input, hidden), b1 = zeros, then W2 = std * randn(hidden,
 * output), b2 = zeros, drawn in that order so NumPy seeded the same way gives identical parameters.
 */
export function init(options: InitOptions): TwoLayerParams {
  const { inputSize, hiddenSize, outputSize, weightInitStd = 0.01, seed } = options;
  for (const [name, v] of Object.entries({ inputSize, hiddenSize, outputSize })) {
    if (!Number.isInteger(v) || v < 1)
      throw new RangeError(`twoLayerNet.init: ${name} must be a positive integer, got ${v}`);
  }
  const random =
    typeof seed === 'object' && !Array.isArray(seed)
      ? (seed as RandomState)
      : createRandomState(seed as Seed);
  const scaled = (t: Tensor): Tensor =>
    tensor(
      t.shape,
      'float64',
      t.data.map((v) => weightInitStd * v),
    );
  const W1 = scaled(random.randn(inputSize, hiddenSize));
  const b1 = tensor([hiddenSize], 'float64', new Float64Array(hiddenSize));
  const W2 = scaled(random.randn(hiddenSize, outputSize));
  const b2 = tensor([outputSize], 'float64', new Float64Array(outputSize));
  return { W1, b1, W2, b2 };
}

/** The sizes a params object implies, after checking its four shapes fit together; `op` names the caller. */
export function netSizes(
  params: TwoLayerParams,
  op: string,
): { input: number; hidden: number; output: number } {
  const { W1, b1, W2, b2 } = params;
  const ok =
    W1.ndim === 2 &&
    W2.ndim === 2 &&
    b1.ndim === 1 &&
    b2.ndim === 1 &&
    b1.shape[0] === W1.shape[1] &&
    W2.shape[0] === W1.shape[1] &&
    b2.shape[0] === W2.shape[1];
  if (!ok) {
    const shapes = PARAM_KEYS.map((k) => `${k} ${shapeText(params[k].shape)}`).join(', ');
    throw new RangeError(`${op}: parameters do not fit a two-layer net: ${shapes}`);
  }
  return { input: W1.shape[0], hidden: W1.shape[1], output: W2.shape[1] };
}

/** The book's SGD update, `params[key] -= learning_rate * grads[key]`, into new tensors. */
export function sgdUpdate(
  params: TwoLayerParams,
  grads: TwoLayerGrads,
  learningRate: number,
): TwoLayerParams {
  const step = (p: Tensor, g: Tensor, key: string): Tensor => {
    if (p.size !== g.size) {
      throw new RangeError(
        `sgdUpdate: ${key} ${shapeText(p.shape)} and its gradient ${shapeText(g.shape)} differ`,
      );
    }
    const data = new Float64Array(p.size);
    for (let i = 0; i < data.length; i++) data[i] = p.data[i] - learningRate * g.data[i];
    return tensor(p.shape, 'float64', data);
  };
  return {
    W1: step(params.W1, grads.W1, 'W1'),
    b1: step(params.b1, grads.b1, 'b1'),
    W2: step(params.W2, grads.W2, 'W2'),
    b2: step(params.b2, grads.b2, 'b2'),
  };
}
