import type { EngineWarning } from '../errors';
import { lessEqual } from '../ops/compare';
import { pyInt } from '../ops/operand';
import { setAt } from '../ops/setAt';
import { resultTensor, type Tensor } from '../tensor';
import { warn, warning, type WarningSink } from '../warnings';
import { frozen, inspectInputs, NO_WARNINGS } from './inspect';

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
    if (x.dtype === 'float64') return forwardFloat(x);
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
    if (mask.dtype === 'bool' && sameShape(mask.shape, dout.shape) && dout.dtype !== 'int64') {
      return backwardFullMask(dout, mask);
    }
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

/**
 * forward for float64 x in one pass: the same values as `x <= 0` and `out[mask] = 0`, and the only
 * warning those can raise for float64 input (nan-propagates), without the general ops' intermediates.
 */
function forwardFloat(x: Tensor): ReluForward {
  const d = x.data;
  const n = d.length;
  const out = new Float64Array(n);
  const mask = new Float64Array(n);
  let nan = false;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (v <= 0) mask[i] = 1;
    else if (v === v) out[i] = v;
    else {
      out[i] = v;
      nan = true;
    }
  }
  const warnings: WarningSink = [];
  if (nan) warn(warnings, 'nan-propagates', { name: 'x' });
  return frozen({
    out: resultTensor(x.shape, 'float64', out),
    mask: resultTensor(x.shape, 'bool', mask),
    warnings: warnings.length > 0 ? warnings : NO_WARNINGS,
  });
}

/**
 * backward with a bool mask of dout's own shape (float or bool dout) in one pass: `setAt`'s full-mask
 * case, the in-place count, and the nan check together. The int64 check of the general path has
 * nothing to look at for these dtypes.
 */
function backwardFullMask(dout: Tensor, mask: Tensor): ReluBackward {
  const d = dout.data;
  const m = mask.data;
  const n = d.length;
  const dx = new Float64Array(n);
  let nan = false;
  let changed = 0;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (v !== v) nan = true;
    if (m[i]) {
      // Writing 0 changes the value unless it already is +0 (Object.is: -0 and nan count as changed).
      if (v !== 0 || 1 / v < 0) changed++;
    } else dx[i] = v;
  }
  const result = resultTensor(dout.shape, dout.dtype, dx);
  if (!nan || dout.dtype !== 'float64') {
    return frozen({ dx: result, warnings: changed > 0 ? inplaceDout(changed) : NO_WARNINGS });
  }
  const warnings: WarningSink = [];
  warn(warnings, 'nan-propagates', { name: 'dout' });
  if (changed > 0) warnings.push(...inplaceDout(changed));
  return frozen({ dx: result, warnings });
}

// The last 'relu-inplace-dout' warning, as a frozen one-warning list, reused while its count repeats (a
// notebook re-running a cell): building its message costs more than the whole seed-size pass.
let lastInplace: readonly EngineWarning[] = NO_WARNINGS;
let lastInplaceCount = -1;

function inplaceDout(count: number): readonly EngineWarning[] {
  if (count !== lastInplaceCount) {
    lastInplace = Object.freeze([Object.freeze(warning('relu-inplace-dout', { count }))]);
    lastInplaceCount = count;
  }
  return lastInplace;
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
