import { NumpyError } from '../errors';
import { correctlyRoundedLog } from '../random/log';
import { tensor, type Tensor } from '../tensor';
import { warn, type WarningSink } from '../warnings';
import { emitFlags, noFlags } from './fpflags';
import { checkInt64 } from './intcheck';

/** exp(True) rounded to float16, the dtype NumPy gives exp and log of a bool array. */
const E_FLOAT16 = 2.71875;

/**
 * `np.exp(x)`: float64 for int and float input. NumPy's own exp (SIMD code that differs by CPU) and
 * Math.exp can disagree in the last bit; results agree to ~1e-16 relative.
 */
export function exp(x: Tensor, sink?: WarningSink): Tensor {
  const n = x.size;
  const d = x.data;
  const out = new Float64Array(n);
  if (x.dtype === 'bool') {
    for (let i = 0; i < n; i++) out[i] = d[i] ? E_FLOAT16 : 1;
    warn(sink, 'float16-result', { op: 'np.exp' });
    return tensor(x.shape, 'float64', out);
  }
  let overflow = false;
  for (let i = 0; i < n; i++) {
    const r = Math.exp(d[i]);
    out[i] = r;
    if (r === Infinity && d[i] !== Infinity) overflow = true;
  }
  if (overflow) emitFlags({ ...noFlags(), overflow }, 'exp', sink);
  return tensor(x.shape, 'float64', out);
}

/**
 * `np.log(x)`: log(0) is -inf (divide-by-zero warning), log of a negative is nan (invalid warning).
 * Correctly rounded, as NumPy's log is here: V8's Math.log is one ulp off for ~3% of inputs, which
 * would change the last printed digit of a loss.
 */
export function log(x: Tensor, sink?: WarningSink): Tensor {
  const n = x.size;
  const d = x.data;
  const out = new Float64Array(n);
  const f = noFlags();
  for (let i = 0; i < n; i++) {
    const v = d[i];
    out[i] = correctlyRoundedLog(v);
    if (v === 0) f.divide = true;
    else if (v < 0) f.invalid = true;
  }
  emitFlags(f, 'log', sink);
  if (x.dtype === 'bool') warn(sink, 'float16-result', { op: 'np.log' });
  return tensor(x.shape, 'float64', out);
}

/** `-x` (np.negative); NumPy refuses it for bool arrays. */
export function neg(x: Tensor, sink?: WarningSink): Tensor {
  if (x.dtype === 'bool') {
    throw new NumpyError(
      'TypeError',
      'The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.',
      'np.negative',
    );
  }
  const n = x.size;
  const d = x.data;
  const out = new Float64Array(n);
  // For int64, 0 - v keeps zero unsigned; float64 keeps IEEE's -0.0 for -(0.0).
  if (x.dtype === 'int64') for (let i = 0; i < n; i++) out[i] = 0 - d[i];
  else for (let i = 0; i < n; i++) out[i] = -d[i];
  const result = tensor(x.shape, x.dtype, out);
  checkInt64(result, sink);
  return result;
}
