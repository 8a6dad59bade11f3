/**
 * A correctly rounded natural logarithm. NumPy's `randn` calls the C library's `log`, which on
 * glibc is correctly rounded for all but about 0.1% of inputs, while V8's `Math.log` is off by one
 * unit in the last place for about 3% of them: that alone would make `randn` drift from NumPy (and
 * np.log, which uses it too, print a different last digit). The value is computed in double-double
 * arithmetic (about 100 bits) and rounded once: a table of ln(j / 128) reduces the argument so that a
 * short series suffices.
 */

// Double-double results are passed back through these two slots to avoid allocating in a hot loop.
const DD = new Float64Array(2);

const SPLITTER = 134217729; // 2**27 + 1, Veltkamp's splitting constant

/** DD[0] + DD[1] = a * b exactly (Dekker's product, no fused multiply-add needed). */
function twoProd(a: number, b: number): void {
  const p = a * b;
  let c = SPLITTER * a;
  const ah = c - (c - a);
  const al = a - ah;
  c = SPLITTER * b;
  const bh = c - (c - b);
  const bl = b - bh;
  DD[0] = p;
  DD[1] = ah * bh - p + ah * bl + al * bh + al * bl;
}

/** DD[0] + DD[1] = a + b exactly. */
function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  DD[0] = s;
  DD[1] = a - (s - bb) + (b - bb);
}

/** (ah + al) * (bh + bl), normalised. */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = DD[0];
  const e = DD[1] + (ah * bl + al * bh);
  DD[0] = p + e;
  DD[1] = e - (DD[0] - p);
}

/** (ah + al) + (bh + bl), normalised. */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const s = DD[0];
  let e = DD[1];
  twoSum(al, bl);
  e += DD[0];
  const f = DD[1];
  let hi = s + e;
  e = e - (hi - s);
  e += f;
  const h2 = hi + e;
  DD[1] = e - (h2 - hi);
  hi = h2;
  DD[0] = hi;
}

/** a / (bh + bl) for a double `a`, by long division with two correction steps. */
function ddDivDouble(a: number, bh: number, bl: number): void {
  const q1 = a / bh;
  ddMul(q1, 0, bh, bl);
  ddAdd(a, 0, -DD[0], -DD[1]);
  const q2 = DD[0] / bh;
  const rh = DD[0];
  const rl = DD[1];
  ddMul(q2, 0, bh, bl);
  ddAdd(rh, rl, -DD[0], -DD[1]);
  const q3 = DD[0] / bh;
  twoSum(q1, q2);
  ddAdd(DD[0], DD[1], q3, 0);
}

// 1/(2n+1) as double-doubles, the coefficients of atanh(s)/s = sum s^(2n)/(2n+1).
const MAX_TERMS = 20;
const COEF_HI = new Float64Array(MAX_TERMS);
const COEF_LO = new Float64Array(MAX_TERMS);
for (let n = 0; n < MAX_TERMS; n++) {
  const d = 2 * n + 1;
  const hi = 1 / d;
  twoProd(hi, d);
  COEF_HI[n] = hi;
  COEF_LO[n] = (1 - DD[0] - DD[1]) / d;
}

/**
 * DD = ln(m / c) = 2 atanh(s), s = (m - c) / (m + c), for `diff` = m - c (exact), summing `terms` terms of
 * the series, the first `ddTerms` of them in double-double (later ones are so small that their rounding
 * in plain doubles stays below 2**-100 of the result).
 */
function twoAtanh(diff: number, m: number, c: number, terms: number, ddTerms: number): void {
  // m + c is kept exact as a double-double, so s carries about 100 correct bits.
  twoSum(m, c);
  ddDivDouble(diff, DD[0], DD[1]);
  const sh = DD[0];
  const sl = DD[1];
  ddMul(sh, sl, sh, sl);
  const zh = DD[0];
  const zl = DD[1];
  let tail = COEF_HI[terms - 1];
  for (let n = terms - 2; n >= ddTerms; n--) tail = COEF_HI[n] + zh * tail;
  let th = tail;
  let tl = 0;
  // Horner steps t = c_n + z * t in double-double, written out because this loop is the hot path.
  let c2 = SPLITTER * zh;
  const zhh = c2 - (c2 - zh);
  const zhl = zh - zhh;
  for (let n = ddTerms - 1; n >= 0; n--) {
    const p = zh * th;
    c2 = SPLITTER * th;
    const thh = c2 - (c2 - th);
    const thl = th - thh;
    const e = zhh * thh - p + zhh * thl + zhl * thh + zhl * thl + (zh * tl + zl * th);
    const mh = p + e;
    const ml = e - (mh - p);
    const a = COEF_HI[n];
    const s1 = a + mh;
    const bb = s1 - a;
    let e1 = a - (s1 - bb) + (mh - bb) + (COEF_LO[n] + ml);
    th = s1 + e1;
    e1 -= th - s1;
    tl = e1;
  }
  ddMul(sh, sl, th, tl);
  DD[0] *= 2;
  DD[1] *= 2;
}

/*
 * ln(j / 128) as double-doubles for the table points j / 128 that cover [sqrt(1/2), sqrt(2)). Computed
 * once, with the long series (|s| up to 0.17 needs 20 terms); afterwards every logarithm reduces its
 * argument to within 1/256 of a table point, where 6 terms of the series are enough.
 */
const STEPS = 128;
const FIRST = Math.round(Math.SQRT1_2 * STEPS);
const LAST = Math.round(Math.SQRT2 * STEPS);
const TABLE_HI = new Float64Array(LAST - FIRST + 1);
const TABLE_LO = new Float64Array(LAST - FIRST + 1);
for (let j = FIRST; j <= LAST; j++) {
  const c = j / STEPS;
  twoAtanh(c - 1, c, 1, MAX_TERMS, 9);
  TABLE_HI[j - FIRST] = DD[0];
  TABLE_LO[j - FIRST] = DD[1];
}

const LN2_HI = 0.6931471805599453;
const LN2_LO = 2.3190468138462996e-17;
// LN2_HI split in halves for the exact product k * LN2_HI (Veltkamp).
const LN2_HH = SPLITTER * LN2_HI - (SPLITTER * LN2_HI - LN2_HI);
const LN2_HL = LN2_HI - LN2_HH;
const SQRT2 = Math.SQRT2;
const MIN_NORMAL = 2.2250738585072014e-308;

const BITS_F64 = new Float64Array(1);
const BITS_U32 = new Uint32Array(BITS_F64.buffer);
/** Index of the word holding sign, exponent and top mantissa bits (1 on little-endian hosts). */
const HIGH_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** ln(x) rounded to nearest; 0, negatives, nan and inf give what Math.log gives (-inf, nan, nan, inf). */
export function correctlyRoundedLog(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x);
  if (x === 1) return 0;
  // A subnormal x is scaled up by 2**54 (exactly) so that its exponent can be read off like any other.
  const scaled = x < MIN_NORMAL ? 54 : 0;
  // x = m * 2**k with m in [sqrt(1/2), sqrt(2)), read off the bits (Math.log2 is slow and inexact).
  BITS_F64[0] = scaled ? x * 2 ** 54 : x;
  const high = BITS_U32[HIGH_WORD];
  let k = ((high >>> 20) & 0x7ff) - 1023 - scaled;
  BITS_U32[HIGH_WORD] = (high & 0x000fffff) | 0x3ff00000;
  let m = BITS_F64[0];
  if (m >= SQRT2) {
    m *= 0.5;
    k++;
  }
  // ln(m) = ln(c) + 2 atanh(s), s = (m - c) / (m + c), for the nearest table point c = j / 128: m - c is
  // exact (both are multiples of 2**-53, less than 2**-8 apart) and |s| < 0.0028, so z = s² < 2**-17.
  // The double-double steps below are written out with local variables: through helper functions
  // (as the table is built) this costs several times as much, and every np.log and randn pays it.
  const j = Math.round(m * STEPS);
  const c = j / STEPS;
  const d = m - c;
  // m + c exactly, as bh + bl.
  const bh = m + c;
  const bv = bh - m;
  const bl = m - (bh - bv) + (c - bv);
  // s = d / (bh + bl) to about 105 bits: a quotient, then one correction from the exact remainder.
  const q1 = d / bh;
  let split = SPLITTER * q1;
  const q1h = split - (split - q1);
  const q1l = q1 - q1h;
  split = SPLITTER * bh;
  const bhh = split - (split - bh);
  const bhl = bh - bhh;
  const p1 = q1 * bh;
  const e1 = q1h * bhh - p1 + q1h * bhl + q1l * bhh + q1l * bhl;
  const q2 = (d - p1 - e1 - q1 * bl) / bh; // d - p1 is exact (Sterbenz)
  const sh = q1 + q2;
  const sl = q2 - (sh - q1);
  // z = s² as zh + zl.
  split = SPLITTER * sh;
  const shh = split - (split - sh);
  const shl = sh - shh;
  const zp = sh * sh;
  const ze = shh * shh - zp + 2 * shh * shl + shl * shl + 2 * sh * sl;
  const zh = zp + ze;
  const zl = ze - (zh - zp);
  split = SPLITTER * zh;
  const zhh = split - (split - zh);
  const zhl = zh - zhh;
  // atanh(s)/s = 1 + z/3 + z²/5 + ... + z⁵/11 by Horner: the terms from z³ on in doubles (their rounding
  // stays below 2**-105), then c2, c1 and c0 in double-double.
  const tail = COEF_HI[3] + zh * (COEF_HI[4] + zh * COEF_HI[5]);
  const p2 = zh * tail;
  const t2h = COEF_HI[2] + p2;
  const t2l = p2 - (t2h - COEF_HI[2]) + COEF_LO[2];
  split = SPLITTER * t2h;
  let th = split - (split - t2h);
  let tl = t2h - th;
  const p3 = zh * t2h;
  const e3 = zhh * th - p3 + zhh * tl + zhl * th + zhl * tl + (zh * t2l + zl * t2h);
  const u1 = COEF_HI[1] + p3;
  const u1l = p3 - (u1 - COEF_HI[1]) + (e3 + COEF_LO[1]);
  const t1h = u1 + u1l;
  const t1l = u1l - (t1h - u1);
  split = SPLITTER * t1h;
  th = split - (split - t1h);
  tl = t1h - th;
  const p4 = zh * t1h;
  const e4 = zhh * th - p4 + zhh * tl + zhl * th + zhl * tl + (zh * t1l + zl * t1h);
  const t0h = 1 + p4;
  const t0l = p4 - (t0h - 1) + e4;
  // 2 s (t0h + t0l).
  split = SPLITTER * t0h;
  th = split - (split - t0h);
  tl = t0h - th;
  const p5 = sh * t0h;
  const e5 = shh * th - p5 + shh * tl + shl * th + shl * tl + (sh * t0l + sl * t0h);
  const ah = 2 * (p5 + e5);
  const al = 2 * (e5 - (p5 + e5 - p5));
  // ln(m) = ln(c) + that, then + k ln 2: double-double sums that keep both parts' errors.
  let hi = TABLE_HI[j - FIRST];
  let lo = TABLE_LO[j - FIRST];
  let sum = hi + ah;
  let v = sum - hi;
  let err = hi - (sum - v) + (ah - v);
  let low = lo + al;
  v = low - lo;
  let lowErr = lo - (low - v) + (al - v);
  err += low;
  hi = sum + err;
  err -= hi - sum;
  err += lowErr;
  sum = hi + err;
  lo = err - (sum - hi);
  hi = sum;
  if (k === 0) return hi + lo;
  // k ln 2 = kh + kl, exactly up to LN2_LO's rounding (k has at most 11 bits).
  const kh = k * LN2_HI;
  split = SPLITTER * k;
  const kk = split - (split - k);
  const kr = k - kk;
  const kl = kk * LN2_HH - kh + kk * LN2_HL + kr * LN2_HH + kr * LN2_HL + k * LN2_LO;
  sum = kh + hi;
  v = sum - kh;
  err = kh - (sum - v) + (hi - v);
  low = kl + lo;
  v = low - kl;
  lowErr = kl - (low - v) + (lo - v);
  err += low;
  const h2 = sum + err;
  err -= h2 - sum;
  err += lowErr;
  return h2 + err;
}
