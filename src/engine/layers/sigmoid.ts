import type { EngineWarning } from '../errors';
import { add, div, mul, sub } from '../ops/broadcast';
import { pyFloat, pyInt } from '../ops/operand';
import { exp, neg } from '../ops/unary';
import { resultTensor, type Tensor } from '../tensor';
import type { WarningSink } from '../warnings';
import { frozen, inspectInputs, NO_WARNINGS } from './inspect';

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
    if (x.dtype === 'float64') {
      const fast = forwardFinite(x);
      if (fast) return fast;
    }
    const warnings: WarningSink = [];
    inspectInputs(warnings, { x });
    const out = div(pyInt(1), add(pyInt(1), exp(neg(x, warnings), warnings), warnings), warnings);
    return frozen({ out, warnings });
  },

  /** `dx = dout * (1.0 - out) * out`, left to right, where `out` is forward's output. */
  backward(dout: Tensor, out: Tensor): SigmoidBackward {
    if (dout.dtype === 'float64' && out.dtype === 'float64' && sameShape(dout.shape, out.shape)) {
      const fast = backwardFinite(dout, out);
      if (fast) return fast;
    }
    const warnings: WarningSink = [];
    inspectInputs(warnings, { dout, out });
    const dx = mul(mul(dout, sub(pyFloat(1.0), out, warnings), warnings), out, warnings);
    return frozen({ dx, warnings });
  },
};

/**
 * forward in one pass over float64 x, with the general path's operations in its order (negate, exp,
 * 1 + e, 1 / s). Gives up (null) at the first value that could raise a warning (nan in x, exp
 * overflowing), leaving those to the general path; otherwise nothing warns.
 */
function forwardFinite(x: Tensor): SigmoidForward | null {
  const d = x.data;
  const n = d.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const e = Math.exp(-d[i]);
    if (e - e !== 0) return null;
    out[i] = 1 / (1 + e);
  }
  return frozen({ out: resultTensor(x.shape, 'float64', out), warnings: NO_WARNINGS });
}

/**
 * backward in one pass for float64 dout and out of one shape: `(dout * (1.0 - out)) * out`, in that
 * order. Gives up (null) when any input or result is not finite, where the general path may warn.
 */
function backwardFinite(dout: Tensor, out: Tensor): SigmoidBackward | null {
  const g = dout.data;
  const y = out.data;
  const n = g.length;
  const dx = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const yi = y[i];
    const r = g[i] * (1.0 - yi) * yi;
    if (r - r !== 0 || yi - yi !== 0) return null;
    dx[i] = r;
  }
  return frozen({ dx: resultTensor(dout.shape, 'float64', dx), warnings: NO_WARNINGS });
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
