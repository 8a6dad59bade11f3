import type { EngineWarning } from '../errors';
import { lessEqual } from '../ops/compare';
import { pyInt } from '../ops/operand';
import { setAt } from '../ops/setAt';
import type { Tensor } from '../tensor';
import { warn, type WarningSink } from '../warnings';
import { frozen, inspectInputs } from './inspect';

/** ReLU's forward: `out` and `mask` both have x's shape; `mask` is bool, True where x <= 0. */
export interface ReluForward {
  readonly out: Tensor;
  readonly mask: Tensor;
  readonly warnings: readonly EngineWarning[];
}

/** ReLU's backward: `dx` has dout's shape and dtype. */
export interface ReluBackward {
  readonly dx: Tensor;
  readonly warnings: readonly EngineWarning[];
}

/** The book's ReLU layer as pure functions (the seed's `Relu` class, without its stored state). */
export const relu = {
  /** `mask = (x <= 0); out = x.copy(); out[mask] = 0`. out keeps x's dtype (int stays int, bool stays bool). */
  forward(x: Tensor): ReluForward {
    const warnings: WarningSink = [];
    inspectInputs(warnings, { x });
    if (x.dtype === 'int64') warn(warnings, 'relu-int-input');
    if (x.dtype === 'bool') warn(warnings, 'relu-bool-input');
    const mask = lessEqual(x, pyInt(0));
    const out = setAt(x, [mask], pyInt(0));
    return frozen({ out, mask, warnings });
  },

  /**
   * `dout[mask] = 0; dx = dout`, but on a copy: the book overwrites dout itself, which the
   * 'relu-inplace-dout' warning reports whenever that would change a value. NumPy's boolean-index rules
   * and errors apply when mask and dout differ in shape.
   */
  backward(dout: Tensor, mask: Tensor): ReluBackward {
    const warnings: WarningSink = [];
    inspectInputs(warnings, { dout });
    const dx = setAt(dout, [mask], pyInt(0));
    if (mask.dtype !== 'bool') warn(warnings, 'relu-mask-not-bool', { dtype: mask.dtype });
    else if (mask.ndim < dout.ndim)
      warn(warnings, 'relu-mask-partial', { mask: mask.shape, dout: dout.shape });
    let changed = 0;
    for (let i = 0; i < dx.size; i++) if (!Object.is(dx.data[i], dout.data[i])) changed++;
    if (changed > 0) warn(warnings, 'relu-inplace-dout', { count: changed });
    return frozen({ dx, warnings });
  },
};
