import { describe, expect, it } from 'vitest';
import { createRandomState, NumpyError, toNested, type RandomState, type Tensor } from '../../../src/engine';
import fixture from '../../fixtures/random.json';

interface Call {
  method: string;
  args: number[];
  kwargs: { size?: number | number[]; replace?: boolean };
  shape: number[];
  dtype: string;
  values: number[];
}

function replay(rs: RandomState, call: Call): Tensor {
  const { args, kwargs } = call;
  switch (call.method) {
    case 'rand':
      return rs.rand(...args);
    case 'randn':
      return rs.randn(...args);
    case 'random_sample':
      return rs.randomSample(kwargs.size);
    case 'randint':
      return rs.randint(args[0], args[1], kwargs.size);
    case 'choice':
      return rs.choice(args[0], kwargs.size, kwargs.replace);
    case 'permutation':
      return rs.permutation(args[0]);
    default:
      throw new Error(`fixture method ${call.method} is not replayed`);
  }
}

describe('createRandomState', () => {
  for (const { seed, calls } of fixture.cases as { seed: number | number[]; calls: Call[] }[]) {
    it(`RandomState(${JSON.stringify(seed)}) replays NumPy's ${calls.length}-call script bit for bit`, () => {
      const rs = createRandomState(seed);
      for (const [i, call] of calls.entries()) {
        const got = replay(rs, call);
        const where = `call ${i}: ${call.method}(${JSON.stringify(call.args)}, ${JSON.stringify(call.kwargs)})`;
        expect(got.shape, where).toEqual(call.shape);
        expect(got.dtype, where).toBe(call.dtype);
        // toEqual on plain arrays compares with Object.is, so this is bit-exact (and tells -0 from 0).
        expect(Array.from(got.data), where).toEqual(call.values);
      }
    });
  }

  it('np.random.seed(0); np.random.rand(2) gives NumPy’s famous first two numbers', () => {
    expect(toNested(createRandomState(0).rand(2))).toEqual([0.5488135039273248, 0.7151893663724195]);
  });

  it('two states with the same seed are independent and reproducible', () => {
    const a = createRandomState(42);
    const b = createRandomState(42);
    const first = a.randn(3);
    a.rand(10);
    expect(Array.from(b.randn(3).data)).toEqual(Array.from(first.data));
  });

  it('seed(s) restarts the generator and forgets the cached normal deviate', () => {
    const rs = createRandomState(0);
    const fresh = Array.from(rs.randn(2).data);
    rs.randn(1); // leaves the pair's second value cached
    rs.seed(0);
    expect(Array.from(rs.randn(2).data)).toEqual(fresh);
  });

  it('methods work when detached from the object', () => {
    const { randint, choice } = createRandomState(1);
    expect(randint(3, undefined, 4).shape).toEqual([4]);
    expect(choice(5, 2, false).shape).toEqual([2]);
  });

  it('returned tensors are frozen and float64 / int64 as NumPy', () => {
    const rs = createRandomState(3);
    expect(Object.isFrozen(rs.rand(2))).toBe(true);
    expect(rs.randn(1).dtype).toBe('float64');
    expect(rs.permutation(3).dtype).toBe('int64');
  });

  it('choice(a, size) with no samples returns an empty int64 array even for a <= 0', () => {
    const rs = createRandomState(0);
    expect(rs.choice(0, 0).shape).toEqual([0]);
    expect(rs.choice(-2, [0, 3]).shape).toEqual([0, 3]);
  });

  it('permutation(n) of a negative n is empty, as np.arange(n) is', () => {
    expect(createRandomState(0).permutation(-1).shape).toEqual([0]);
  });
});

describe('createRandomState errors (NumPy’s messages)', () => {
  const rs = createRandomState(0);
  const cases: [string, () => unknown, string, RegExp][] = [
    [
      'seed(2**32)',
      () => createRandomState(2 ** 32),
      'ValueError',
      /^Seed must be between 0 and 2\*\*32 - 1$/,
    ],
    ['seed(-1)', () => createRandomState(-1), 'ValueError', /^Seed must be between 0 and 2\*\*32 - 1$/],
    ['seed(1.5)', () => createRandomState(1.5), 'TypeError', /Cannot cast scalar from dtype\('float64'\)/],
    ['seed([])', () => createRandomState([]), 'ValueError', /^Seed must be non-empty$/],
    ['rand(-1)', () => rs.rand(-1), 'ValueError', /^negative dimensions are not allowed$/],
    ['rand(1.5)', () => rs.rand(1.5), 'TypeError', /'float' object cannot be interpreted as an integer/],
    ['randint(0)', () => rs.randint(0), 'ValueError', /^high <= 0$/],
    ['randint(5, 3)', () => rs.randint(5, 3), 'ValueError', /^low >= high$/],
    ['choice(0, 5)', () => rs.choice(0, 5), 'ValueError', /a must be greater than 0 unless no samples/],
    ['choice(3, 5, false)', () => rs.choice(3, 5, false), 'ValueError', /larger sample than population/],
  ];
  for (const [name, call, kind, message] of cases) {
    it(`${name} throws ${kind}: ${message.source}`, () => {
      let caught: unknown;
      try {
        call();
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(NumpyError);
      expect((caught as NumpyError).kind).toBe(kind);
      expect((caught as NumpyError).message).toMatch(message);
    });
  }

  it('randint bounds past 2**53 are refused rather than silently rounded', () => {
    expect(() => rs.randint(0, 2 ** 60)).toThrow(RangeError);
    expect(() => rs.randint(-(2 ** 52), 2 ** 52)).toThrow(/high - low/);
  });
});
