/**
 * A correctly rounded natural logarithm. NumPy's `randn` calls the C library's `log`, which on
 * glibc is correctly rounded for all but about 0.1% of inputs, while V8's `Math.log` is off by one
 * unit in the last place for about 3% of them: that alone would make `randn` drift from NumPy (and
 * np.log, which uses it too, print a different last digit). The value is computed in double-double
 * arithmetic (about 100 bits) and rounded once.
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
const TERMS = 20;
const DD_TERMS = 9; // later terms are so small that their rounding in plain doubles stays below 2**-100
const COEF_HI = new Float64Array(TERMS);
const COEF_LO = new Float64Array(TERMS);
for (let n = 0; n < TERMS; n++) {
  const d = 2 * n + 1;
  const hi = 1 / d;
  twoProd(hi, d);
  COEF_HI[n] = hi;
  COEF_LO[n] = (1 - DD[0] - DD[1]) / d;
}

const LN2_HI = 0.6931471805599453;
const LN2_LO = 2.3190468138462996e-17;
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
  // ln(m) = 2 atanh(s), s = (m - 1) / (m + 1); m - 1 is exact (Sterbenz), m + 1 is kept exact.
  twoSum(m, 1);
  ddDivDouble(m - 1, DD[0], DD[1]);
  const sh = DD[0];
  const sl = DD[1];
  ddMul(sh, sl, sh, sl);
  const zh = DD[0];
  const zl = DD[1];
  let tail = COEF_HI[TERMS - 1];
  for (let n = TERMS - 2; n >= DD_TERMS; n--) tail = COEF_HI[n] + zh * tail;
  let th = tail;
  let tl = 0;
  // Horner steps t = c_n + z * t in double-double, written out because this loop is the hot path.
  let c = SPLITTER * zh;
  const zhh = c - (c - zh);
  const zhl = zh - zhh;
  for (let n = DD_TERMS - 1; n >= 0; n--) {
    const p = zh * th;
    c = SPLITTER * th;
    const thh = c - (c - th);
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
  const lh = 2 * DD[0];
  const ll = 2 * DD[1];
  twoProd(k, LN2_HI);
  ddAdd(DD[0], DD[1] + k * LN2_LO, lh, ll);
  return DD[0] + DD[1];
}
