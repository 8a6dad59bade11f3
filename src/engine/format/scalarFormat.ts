import type { DType } from '../tensor';
import { shortestDigits } from './decimalDigits';

/** Python's repr of a float: shortest digits, scientific below 1e-4 or from 1e16 on (`1e-05`, `1e+16`). */
function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0.0`;
  const { digits, exp } = shortestDigits(x);
  if (exp < -4 || exp >= 16) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const int = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  return `${sign}${int}.${digits.slice(exp + 1) || '0'}`;
}

/** Decimal text of an integer-valued double, never in exponent form. */
export function intText(x: number): string {
  return Math.abs(x) < 1e21 ? String(x) : BigInt(x).toString();
}

/**
 * `str()` of a NumPy scalar (also the `str()` of a 0-d array): float64 as Python's repr
 * (`0.10406420174253615`, `1e-07`, `-0.0`, `nan`), int64 as digits, bool as `True`/`False`.
 */
export function formatScalar(x: number, dtype: DType): string {
  if (dtype === 'bool') return x !== 0 ? 'True' : 'False';
  if (dtype === 'int64') return intText(x);
  return floatRepr(x);
}
