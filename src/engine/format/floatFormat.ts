import { PRINT_OPTIONS } from './printOptions';
import { exactDigits, roundDigits, shortestDigits } from './decimalDigits';

/** One finite element split the way NumPy pads it: sign+integer part, fraction, and (scientific) exponent. */
interface Parts {
  readonly head: string;
  readonly frac: string;
  readonly exp: number;
}

const isNegative = (x: number): boolean => x < 0 || Object.is(x, -0);

/** `x` in positional notation with at most `precision` fractional digits (`1.`, `-0.5`, `0.00012346`). */
function positionalParts(x: number, precision: number): Parts {
  const sign = isNegative(x) ? '-' : '';
  const shortest = x === 0 ? null : shortestDigits(x);
  const d = shortest && roundDigits(x, shortest, shortest.exp + precision + 1);
  if (!d) return { head: `${sign}0`, frac: '', exp: 0 };
  if (d.exp < 0) return { head: `${sign}0`, frac: '0'.repeat(-d.exp - 1) + d.digits, exp: 0 };
  const int = d.digits.slice(0, d.exp + 1).padEnd(d.exp + 1, '0');
  return { head: sign + int, frac: d.digits.slice(d.exp + 1), exp: 0 };
}

/** `x` in scientific notation with at most `precision` mantissa digits after the point (`1.5e-05`). */
function scientificParts(x: number, precision: number): Parts {
  const sign = isNegative(x) ? '-' : '';
  if (x === 0) return { head: `${sign}0`, frac: '', exp: 0 };
  const d = roundDigits(x, shortestDigits(x), precision + 1) ?? { digits: '0', exp: 0 };
  return { head: sign + d.digits[0], frac: d.digits.slice(1), exp: d.exp };
}

/** Smallest positive normal double; below it a double carries fewer than 53 significant bits. */
const MIN_NORMAL = 2.2250738585072014e-308;

/**
 * A subnormal's mantissa once the array settles on `fracWidth` digits. Dragon4 fills the extra digits
 * from the exact binary value (`4.94065646e-324`, not `5.00000000e-324`); for normal doubles those
 * digits are the zeros of the padding anyway, so only subnormals need the exact expansion.
 */
function subnormalParts(x: number, fracWidth: number): Parts {
  const d = roundDigits(x, exactDigits(x), fracWidth + 1) ?? { digits: '0', exp: 0 };
  return { head: (isNegative(x) ? '-' : '') + d.digits[0], frac: d.digits.slice(1), exp: d.exp };
}

/**
 * Scientific notation is chosen from the finite nonzero magnitudes, as NumPy's FloatingFormat does:
 * when the largest reaches 1e8, the smallest is below 1e-4, or they span more than three decades.
 */
export function usesScientific(values: readonly number[]): boolean {
  let max = 0;
  let min = Infinity;
  for (const v of values) {
    const a = Math.abs(v);
    if (a === 0 || a === Infinity || Number.isNaN(a)) continue;
    if (a > max) max = a;
    if (a < min) min = a;
  }
  if (max === 0) return false;
  return max >= 1e8 || min < 1e-4 || max / min > 1e3;
}

/**
 * float64 elements exactly as NumPy prints them inside an array (floatmode 'maxprec'): each value
 * with its own shortest digits (at most `precision` of them after the point), padded so the decimal
 * points line up; in scientific notation every mantissa is zero-padded to the longest one.
 * nan and inf are right-aligned to the same width.
 */
export function formatFloats(
  values: readonly number[],
  precision: number = PRINT_OPTIONS.precision,
): string[] {
  const scientific = usesScientific(values);
  const parts: (Parts | null)[] = new Array(values.length);
  let padLeft = 0;
  let fracWidth = 0;
  let expWidth = 2;
  let anyNonFinite = false;
  let anyNegInf = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) {
      parts[i] = null;
      anyNonFinite = true;
      if (v === -Infinity) anyNegInf = true;
      continue;
    }
    const p = scientific ? scientificParts(v, precision) : positionalParts(v, precision);
    parts[i] = p;
    if (p.head.length > padLeft) padLeft = p.head.length;
    if (p.frac.length > fracWidth) fracWidth = p.frac.length;
    const expDigits = String(Math.abs(p.exp)).length;
    if (expDigits > expWidth) expWidth = expDigits;
  }
  const anyFinite = parts.some((p) => p !== null);
  const padRight = !anyFinite ? 0 : scientific ? expWidth + 2 + fracWidth : fracWidth;
  if (anyNonFinite) {
    // nan/inf take the whole width of a finite element: widen the integer side if they do not fit.
    const offset = padRight + 1;
    padLeft = Math.max(padLeft, 3 - offset, 3 + (anyNegInf ? 1 : 0) - offset);
  }
  const total = padLeft + padRight + 1;
  return values.map((v, i) => {
    let p = parts[i];
    if (!p) return (Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf').padStart(total);
    if (!scientific) return `${p.head.padStart(padLeft)}.${p.frac.padEnd(padRight)}`;
    if (v !== 0 && Math.abs(v) < MIN_NORMAL) p = subnormalParts(v, fracWidth);
    const expText = String(Math.abs(p.exp)).padStart(expWidth, '0');
    return `${p.head.padStart(padLeft)}.${p.frac.padEnd(fracWidth, '0')}e${p.exp < 0 ? '-' : '+'}${expText}`;
  });
}
