import { twoLayerNet, type TwoLayerParams } from '../engine';
import { NET_SIZES, WEIGHT_INIT_STD } from './twoLayerNet';

// Apart from the cell's definition so that the page's first chunk, which lists every cell, does not carry
// the engine's two-layer net: only the cell's own (lazily loaded) code draws weights.

/**
 * `np.random.seed(seed); network = TwoLayerNet(input_size=4, hidden_size=3, output_size=3)`: the weights
 * the book's constructor draws (W1, then W2; the biases are zeros).
 */
export function netParams(seed: number): TwoLayerParams {
  return twoLayerNet.init({ ...NET_SIZES, weightInitStd: WEIGHT_INIT_STD, seed });
}
