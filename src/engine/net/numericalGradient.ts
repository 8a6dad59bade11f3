import { tensor, type Tensor } from '../tensor';
import { PARAM_KEYS, type TwoLayerGrads, type TwoLayerParams } from './params';

/** A loss as a function of the parameters, e.g. `(p) => twoLayerNet.loss(p, x, t)`. */
export type LossOfParams = (params: TwoLayerParams) => number;

/**
 * The book's `numerical_gradient` applied to each parameter in turn (common/gradient.py): for every
 * element, `(f(w + h) - f(w - h)) / (2h)` with h = 1e-4, the element restored before the next.
 */
export function numericalGradientOf(params: TwoLayerParams, loss: LossOfParams): TwoLayerGrads {
  const h = 1e-4;
  const grads: Partial<Record<(typeof PARAM_KEYS)[number], Tensor>> = {};
  for (const key of PARAM_KEYS) {
    const original = params[key];
    // A private copy the loss sees through a tensor; nudging it in place avoids copying the whole
    // parameter twice per element. Nothing else holds this buffer.
    const nudged = original.data.slice();
    const probe: TwoLayerParams = { ...params, [key]: tensor(original.shape, 'float64', nudged) };
    const grad = new Float64Array(original.size);
    for (let i = 0; i < nudged.length; i++) {
      const tmp = nudged[i];
      nudged[i] = tmp + h;
      const fxh1 = loss(probe);
      nudged[i] = tmp - h;
      const fxh2 = loss(probe);
      grad[i] = (fxh1 - fxh2) / (2 * h);
      nudged[i] = tmp;
    }
    grads[key] = tensor(original.shape, 'float64', grad);
  }
  return grads as TwoLayerGrads;
}
