/**
 * Decimal digits of a double, as NumPy's Dragon4 produces them: the shortest digits that round-trip,
 * or those digits rounded half-to-even *on the exact binary value* at a cut-off position.
 */

/** |x| ≈ d₀.d₁d₂… × 10^exp, with no leading or trailing zeros in `digits`. */
export interface DecimalDigits {
  readonly digits: string;
  readonly exp: number;
}

/**
 * The shortest round-trip digits of a finite, nonzero |x|. JS's Number→string picks the shortest digits
 * closest to x, exactly as Python's repr and Dragon4's unique mode do; only the layout differs.
 */
export function shortestDigits(x: number): DecimalDigits {
  const text = String(Math.abs(x));
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const exp10 = e < 0 ? 0 : Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const intLength = dot < 0 ? mantissa.length : dot;
  const all = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  let start = 0;
  while (all.charCodeAt(start) === 48) start++;
  let end = all.length;
  while (end > start && all.charCodeAt(end - 1) === 48) end--;
  return { digits: all.slice(start, end), exp: intLength - start - 1 + exp10 };
}

const view = new DataView(new ArrayBuffer(8));

/** |x| = mant × 2^twoExp exactly, from the IEEE-754 bits. */
function binaryParts(x: number): { mant: bigint; twoExp: number } {
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const biased = hi >>> 20;
  const mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  return biased === 0 ? { mant, twoExp: -1074 } : { mant: mant | (1n << 52n), twoExp: biased - 1075 };
}

/** Sign of (|x| − d) computed exactly in integers; only reached for exact-looking ties, so rarely. */
function compareExact(x: number, d: DecimalDigits): number {
  const { mant, twoExp } = binaryParts(x);
  const tenExp = d.exp - d.digits.length + 1;
  let left = mant;
  let right = BigInt(d.digits);
  if (twoExp >= 0) left <<= BigInt(twoExp);
  else right <<= BigInt(-twoExp);
  if (tenExp >= 0) right *= 10n ** BigInt(tenExp);
  else left *= 10n ** BigInt(-tenExp);
  return left > right ? 1 : left < right ? -1 : 0;
}

/**
 * Every decimal digit of a finite, nonzero |x|'s exact binary value (up to ~770 of them). Dragon4 prints
 * these, not zeros, when asked for more digits than the shortest; that only shows for subnormals.
 */
export function exactDigits(x: number): DecimalDigits {
  const { mant, twoExp } = binaryParts(x);
  const scaled =
    twoExp >= 0 ? (mant << BigInt(twoExp)).toString() : (mant * 5n ** BigInt(-twoExp)).toString();
  let end = scaled.length;
  while (scaled.charCodeAt(end - 1) === 48) end--;
  return { digits: scaled.slice(0, end), exp: scaled.length - 1 + Math.min(twoExp, 0) };
}

/**
 * `d` (the shortest digits of x) rounded to its first `keep` digits, half-to-even on x's exact value;
 * null when everything rounds away to zero.
 *
 * Rounding the shortest digits gives the same answer as rounding the exact value except when the
 * dropped tail is exactly "5": any decimal nearer the cut would be a shorter round-trip string, which
 * the shortest digits rule out. That one case is settled exactly.
 */
export function roundDigits(x: number, d: DecimalDigits, keep: number): DecimalDigits | null {
  const { digits, exp } = d;
  if (keep >= digits.length) return d;
  if (keep < 0) return null;
  const next = digits.charCodeAt(keep) - 48;
  let up = next >= 5;
  if (next === 5 && keep + 1 === digits.length) {
    const cmp = compareExact(x, d);
    up = cmp > 0 || (cmp === 0 && keep > 0 && (digits.charCodeAt(keep - 1) - 48) % 2 === 1);
  }
  let kept = digits.slice(0, keep);
  if (!up) {
    let end = kept.length;
    while (end > 0 && kept.charCodeAt(end - 1) === 48) end--;
    return end === 0 ? null : { digits: kept.slice(0, end), exp };
  }
  // Carry: drop trailing nines, bump the digit before them; all nines become "1" one decade up.
  let end = kept.length;
  while (end > 0 && kept.charCodeAt(end - 1) === 57) end--;
  if (end === 0) return { digits: '1', exp: exp + 1 };
  kept = kept.slice(0, end - 1) + String.fromCharCode(kept.charCodeAt(end - 1) + 1);
  return { digits: kept, exp };
}
