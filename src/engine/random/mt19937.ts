/**
 * The Mersenne Twister MT19937 exactly as NumPy's legacy `RandomState` runs it
 * (numpy/random/src/mt19937/mt19937.c), plus the Box–Muller cache RandomState keeps beside it.
 * Internal to the engine: the public face is `createRandomState` in randomState.ts.
 */

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** The generator's words and read position, and the cached second normal deviate (`gauss`). */
export interface Mt19937 {
  readonly key: Uint32Array;
  pos: number;
  hasGauss: boolean;
  gauss: number;
}

/** A generator in the state `np.random.seed(seed)` leaves for an integer seed (Knuth's init_genrand). */
export function mt19937FromInt(seed: number): Mt19937 {
  const state: Mt19937 = { key: new Uint32Array(N), pos: N, hasGauss: false, gauss: 0 };
  initGenrand(state.key, seed >>> 0);
  return state;
}

/** A generator in the state `np.random.seed([k0, k1, ...])` leaves (init_by_array). */
export function mt19937FromArray(initKey: readonly number[]): Mt19937 {
  const state: Mt19937 = { key: new Uint32Array(N), pos: N, hasGauss: false, gauss: 0 };
  const mt = state.key;
  initGenrand(mt, 19650218);
  let i = 1;
  let j = 0;
  for (let k = Math.max(N, initKey.length); k > 0; k--) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = (mt[i] ^ Math.imul(prev, 1664525)) + initKey[j] + j;
    i++;
    j++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
    if (j >= initKey.length) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = (mt[i] ^ Math.imul(prev, 1566083941)) - i;
    i++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000;
  return state;
}

function initGenrand(mt: Uint32Array, seed: number): void {
  mt[0] = seed;
  for (let i = 1; i < N; i++) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    // Uint32Array stores reduce mod 2**32, which is the C code's `& 0xffffffff`.
    mt[i] = Math.imul(1812433253, prev) + i;
  }
}

/** Refills all 624 words (the "twist"). */
function twist(state: Mt19937): void {
  const mt = state.key;
  let i = 0;
  let y: number;
  for (; i < N - M; i++) {
    y = (mt[i] & UPPER_MASK) | (mt[i + 1] & LOWER_MASK);
    mt[i] = mt[i + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
  }
  for (; i < N - 1; i++) {
    y = (mt[i] & UPPER_MASK) | (mt[i + 1] & LOWER_MASK);
    mt[i] = mt[i + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
  }
  y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
  mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
  state.pos = 0;
}

/** The next tempered 32-bit output, as an unsigned integer. */
export function nextUint32(state: Mt19937): number {
  if (state.pos === N) twist(state);
  let y = state.key[state.pos++];
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

/** A double in [0, 1) with 53 random bits from two outputs, as `random_sample` makes it. */
export function nextDouble(state: Mt19937): number {
  const a = nextUint32(state) >>> 5;
  const b = nextUint32(state) >>> 6;
  return (a * 67108864 + b) / 9007199254740992;
}
