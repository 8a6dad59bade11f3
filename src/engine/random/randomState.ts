import { NumpyError } from '../errors';
import { sizeOf, tensor, type Tensor } from '../tensor';
import { boundedMasked } from './bounded';
import { legacyGauss } from './gauss';
import { mt19937FromArray, mt19937FromInt, nextDouble, type Mt19937 } from './mt19937';
import { shapeOfSize, type Size } from './size';

/** What `np.random.seed` accepts: an integer in [0, 2**32 - 1] or a non-empty list of them. */
export type Seed = number | readonly number[];

/**
 * A private NumPy `RandomState`: the same seed gives bit-for-bit the numbers NumPy's legacy
 * `np.random.seed(seed)` + `np.random.rand/randn/randint/choice/permutation` give. Each call advances
 * this object's own generator and nothing else; there is no global state.
 */
export interface RandomState {
  /** `np.random.seed(seed)`: restarts this generator (and drops the cached normal deviate). */
  seed(seed: Seed): void;
  /** `np.random.rand(d0, d1, ...)`: uniform float64 in [0, 1); no dimensions gives a 0-d tensor. */
  rand(...shape: number[]): Tensor;
  /** `np.random.random_sample(size)`: `rand` with a size tuple. */
  randomSample(size?: Size): Tensor;
  /** `np.random.randn(d0, d1, ...)`: standard normal float64. */
  randn(...shape: number[]): Tensor;
  /** `np.random.randint(low, high, size)`: int64 in [low, high), or [0, low) when high is omitted. */
  randint(low: number, high?: number, size?: Size): Tensor;
  /** `np.random.choice(a, size, replace)` for an integer population `a`: indices in [0, a). */
  choice(a: number, size?: Size, replace?: boolean): Tensor;
  /** `np.random.permutation(n)`: 0..n-1 shuffled (int64). */
  permutation(n: number): Tensor;
}

/** A new `RandomState(seed)`, independent of every other one. */
export function createRandomState(seed: Seed): RandomState {
  let mt = seededGenerator(seed);
  const floats = (shape: number[], draw: (s: Mt19937) => number): Tensor => {
    const data = new Float64Array(sizeOf(shape));
    for (let i = 0; i < data.length; i++) data[i] = draw(mt);
    return tensor(shape, 'float64', data);
  };
  const permutation = (n: number): Float64Array => {
    const data = new Float64Array(Math.max(0, n));
    for (let i = 0; i < data.length; i++) data[i] = i;
    // Fisher–Yates from the end, as RandomState.shuffle does.
    for (let i = data.length - 1; i > 0; i--) {
      const j = boundedMasked(mt, i);
      const tmp = data[i];
      data[i] = data[j];
      data[j] = tmp;
    }
    return data;
  };
  const randint = (lo: number, hi: number, shape: number[], highOmitted: boolean): Tensor => {
    checkBound(lo, 'low');
    checkBound(hi, 'high');
    checkBound(hi - lo, 'high - low');
    if (lo >= hi) {
      throw new NumpyError('ValueError', highOmitted ? 'high <= 0' : 'low >= high', 'np.random.randint');
    }
    const data = new Float64Array(sizeOf(shape));
    for (let i = 0; i < data.length; i++) data[i] = lo + boundedMasked(mt, hi - lo - 1);
    return tensor(shape, 'int64', data);
  };
  return {
    seed(s) {
      mt = seededGenerator(s);
    },
    rand: (...shape) => floats(shapeOfSize(shape, 'np.random.rand'), nextDouble),
    randomSample: (size) => floats(shapeOfSize(size, 'np.random.random_sample'), nextDouble),
    randn: (...shape) => floats(shapeOfSize(shape, 'np.random.randn'), legacyGauss),
    randint(low, high, size) {
      const [lo, hi] = high === undefined ? [0, low] : [low, high];
      return randint(lo, hi, shapeOfSize(size, 'np.random.randint'), high === undefined);
    },
    choice(a, size, replace = true) {
      const shape = shapeOfSize(size, 'np.random.choice');
      const count = sizeOf(shape);
      checkBound(a, 'a');
      if (a <= 0 && count !== 0) {
        throw new NumpyError(
          'ValueError',
          'a must be greater than 0 unless no samples are taken',
          'np.random.choice',
        );
      }
      if (replace) {
        return count === 0 ? tensor(shape, 'int64', new Float64Array(0)) : randint(0, a, shape, false);
      }
      if (count > a) {
        throw new NumpyError(
          'ValueError',
          "Cannot take a larger sample than population when 'replace=False'",
          'np.random.choice',
        );
      }
      // Legacy choice without replacement is permutation(a)[:size], so it advances the generator
      // by a whole shuffle even when size is 0.
      return tensor(shape, 'int64', permutation(a).slice(0, count));
    },
    permutation(n) {
      checkBound(n, 'n');
      return tensor([Math.max(0, n)], 'int64', permutation(n));
    },
  };
}

function seededGenerator(seed: Seed): Mt19937 {
  const keys = typeof seed === 'number' ? [seed] : seed;
  if (keys.length === 0) throw new NumpyError('ValueError', 'Seed must be non-empty', 'np.random.seed');
  for (const k of keys) {
    if (!Number.isInteger(k)) {
      throw new NumpyError(
        'TypeError',
        "Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'",
        'np.random.seed',
      );
    }
    if (k < 0 || k > 0xffffffff) {
      throw new NumpyError('ValueError', 'Seed must be between 0 and 2**32 - 1', 'np.random.seed');
    }
  }
  return typeof seed === 'number' ? mt19937FromInt(seed) : mt19937FromArray(keys);
}

function checkBound(v: number, name: string): void {
  if (!Number.isSafeInteger(v)) {
    throw new RangeError(`np.random: ${name}=${v} must be an integer within ±(2**53 - 1)`);
  }
}
