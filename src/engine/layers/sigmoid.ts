import type { EngineWarning } from '../errors';
import { add, div, mul, sub } from '../ops/broadcast';
import { pyFloat, pyInt } from '../ops/operand';
import { exp, neg } from '../ops/unary';
import type { Tensor } from '../tensor';
import type { WarningSink } from '../warnings';
import { frozen, inspectInputs } from './inspect';

/** Sigmoid's forward: `out` is float64 with x's shape. */
export interface SigmoidForward {
  readonly out: Tensor;
  readonly warnings: readonly EngineWarning[];
}

/** Sigmoid's backward: `dx` has the broadcast shape of dout and out. */
export interface SigmoidBackward {
  readonly dx: Tensor;
  readonly warnings: readonly EngineWarning[];
}

/** The book's Sigmoid layer as pure functions, with the seed's float operations in the seed's order. */
export const sigmoid = {
  /** `out = 1 / (1 + np.exp(-x))`. exp(-x) overflows to inf for x < -709.78 (warned); out is then 0. */
  forward(x: Tensor): SigmoidForward {
    const warnings: WarningSink = [];
    inspectInputs(warnings, { x });
    const out = div(pyInt(1), add(pyInt(1), exp(neg(x, warnings), warnings), warnings), warnings);
    return frozen({ out, warnings });
  },

  /** `dx = dout * (1.0 - out) * out`, left to right, where `out` is forward's output. */
  backward(dout: Tensor, out: Tensor): SigmoidBackward {
    const warnings: WarningSink = [];
    inspectInputs(warnings, { dout, out });
    const dx = mul(mul(dout, sub(pyFloat(1.0), out, warnings), warnings), out, warnings);
    return frozen({ dx, warnings });
  },
};
