import { astype, type DType, type Tensor } from '../../engine';
import type { EditResult } from './gridEdit';
import { said } from './said';

const EXACT_LIMIT = 2 ** 53;
const INT64_LIMIT = 2 ** 63;

/**
 * `t.astype(dtype)` for the dtype menu, refusing what int64 cannot hold here: NaN and inf (NumPy's own
 * ValueError), values past int64 (NumPy's OverflowError) and whole values at or past 2**53, which a
 * float64 number does not hold exactly. Fractions are truncated, as astype does.
 */
export function switchDtype(t: Tensor, dtype: DType): EditResult {
  if (dtype === 'int64' && t.dtype !== 'int64') {
    for (let i = 0; i < t.size; i++) {
      const v = t.data[i];
      if (Number.isNaN(v)) {
        return {
          ok: false,
          message: said('entry.intNumpy', { numpy: 'cannot convert float NaN to integer' }),
        };
      }
      if (!Number.isFinite(v)) {
        const numpy = 'cannot convert float infinity to integer';
        return { ok: false, message: said('entry.intNumpy', { numpy }) };
      }
      const whole = Math.trunc(v);
      if (whole >= INT64_LIMIT || whole < -INT64_LIMIT) {
        const numpy = 'OverflowError: Python int too large to convert to C long';
        return { ok: false, message: said('entry.intNumpy', { numpy }) };
      }
      if (Math.abs(whole) >= EXACT_LIMIT) {
        const value = BigInt(whole).toString();
        return { ok: false, message: said('entry.intTooLarge', { value, max: Number.MAX_SAFE_INTEGER }) };
      }
    }
  }
  return { ok: true, tensor: astype(t, dtype) };
}
