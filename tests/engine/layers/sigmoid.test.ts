import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { array, NumpyError, sigmoid, toNested, type Tensor } from '../../../src/engine';
import { dotAll, floats, gradientError, numericalGradient, tensorOf } from './gradientCheck';
import { describeFixtureCases } from './layerFixtures';

const seedX = array([
  [1.0, -0.5],
  [-2.0, 3.0],
]);
const codes = (r: { warnings: readonly { code: string }[] }) => r.warnings.map((w) => w.code);

describe('sigmoid fixtures from the seed Sigmoid class', () => {
  // np.exp is CPU-specific SIMD code in NumPy, so forward agrees to 1e-12; backward is plain arithmetic.
  describeFixtureCases(
    'sigmoid',
    'forward',
    ({ x }) => sigmoid.forward(x),
    () => false,
  );
  describeFixtureCases(
    'sigmoid',
    'backward',
    ({ dout, out }) => sigmoid.backward(dout, out),
    () => true,
  );
});

describe('sigmoid.forward', () => {
  it('sigmoid.forward(seed x) gives the seed’s printed values', () => {
    const { out } = sigmoid.forward(seedX);
    const printed = [0.73105858, 0.37754067, 0.11920292, 0.95257413];
    printed.forEach((p, i) => expect(out.data[i]).toBeCloseTo(p, 8));
  });
  it('sigmoid.forward(-1000) is 0 with NumPy’s exp overflow warning', () => {
    const r = sigmoid.forward(array([-1000.0, 1000.0]));
    expect(toNested(r.out)).toEqual([0, 1]);
    expect(codes(r)).toEqual(['numpy-overflow-exp']);
  });
  it('sigmoid.forward of ints is float64', () => {
    expect(sigmoid.forward(array([0, 1])).out.dtype).toBe('float64');
    expect(sigmoid.forward(array([0, 1])).out.data[0]).toBe(0.5);
  });
  it('sigmoid.forward(bool x) raises NumPy’s boolean negative TypeError', () => {
    expect(() => sigmoid.forward(array([true]))).toThrow(NumpyError);
    expect(() => sigmoid.forward(array([true]))).toThrow(/numpy boolean negative/);
  });
});

describe('sigmoid.backward', () => {
  it('sigmoid.backward(x, out) with the seed’s dout = x gives the seed’s printed values', () => {
    const { out } = sigmoid.forward(seedX);
    const { dx } = sigmoid.backward(seedX, out);
    const printed = [0.19661193, -0.11750186, -0.20998717, 0.13552998];
    printed.forEach((p, i) => expect(dx.data[i]).toBeCloseTo(p, 8));
  });
  it('sigmoid.backward computes dout * (1.0 - out) * out left to right, bit for bit', () => {
    const dout = array([0.1, 3.3, -7.25]);
    const out = array([0.3, 0.77, 0.999]);
    const { dx } = sigmoid.backward(dout, out);
    for (let i = 0; i < 3; i++) {
      expect(dx.data[i]).toBe(dout.data[i] * (1.0 - out.data[i]) * out.data[i]);
    }
  });
  it('sigmoid.backward raises NumPy’s broadcast ValueError for mismatched shapes', () => {
    expect(() => sigmoid.backward(array([1.0, 2.0, 3.0]), array([0.5, 0.5]))).toThrow(
      'operands could not be broadcast together with shapes (3,) (2,) ',
    );
  });
  it('sigmoid.backward agrees with the numerical gradient of sum(out * dout)', () => {
    const input = fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 5 }))
      .chain(([n, m]) => fc.tuple(tensorOf([n, m], floats(8)), tensorOf([n, m], floats(5))));
    fc.assert(
      fc.property(input, ([x, dout]: [Tensor, Tensor]) => {
        const { out } = sigmoid.forward(x);
        const { dx } = sigmoid.backward(dout, out);
        const numeric = numericalGradient((v) => dotAll(sigmoid.forward(v).out, dout), x);
        expect(gradientError(dx.data, numeric)).toBeLessThan(1e-7);
      }),
      { numRuns: 60 },
    );
  });
});
