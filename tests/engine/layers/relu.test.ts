import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { array, NumpyError, relu, toNested, type Tensor } from '../../../src/engine';
import { dotAll, floats, gradientError, numericalGradient, tensorOf } from './gradientCheck';
import { describeFixtureCases } from './layerFixtures';

const seedX = array([
  [1.0, -0.5],
  [-2.0, 3.0],
]);
const codes = (r: { warnings: readonly { code: string }[] }) => r.warnings.map((w) => w.code);

describe('relu fixtures from the seed Relu class', () => {
  describeFixtureCases(
    'relu',
    'forward',
    ({ x }) => relu.forward(x),
    () => true,
  );
  describeFixtureCases(
    'relu',
    'backward',
    ({ dout, mask }) => relu.backward(dout, mask),
    () => true,
  );
});

describe('relu.forward', () => {
  it('relu.forward(seed x) zeroes the places where x <= 0 and returns that mask', () => {
    const { out, mask, warnings } = relu.forward(seedX);
    expect(toNested(out)).toEqual([
      [1, 0],
      [0, 3],
    ]);
    expect(toNested(mask)).toEqual([
      [false, true],
      [true, false],
    ]);
    expect(warnings).toEqual([]);
  });
  it('relu.forward(np.array(range(10))) stays int64 and says so', () => {
    const r = relu.forward(array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    expect(r.out.dtype).toBe('int64');
    expect(toNested(r.out)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(codes(r)).toContain('relu-int-input');
  });
  it('relu.forward(bool x) keeps bool: the mask is ~x and out equals x', () => {
    const r = relu.forward(array([true, false]));
    expect(r.out.dtype).toBe('bool');
    expect(toNested(r.out)).toEqual([true, false]);
    expect(toNested(r.mask)).toEqual([false, true]);
    expect(codes(r)).toContain('relu-bool-input');
  });
  it('relu.forward keeps nan (nan <= 0 is False) and warns that it propagates', () => {
    const r = relu.forward(array([NaN, -1]));
    expect(Number.isNaN(r.out.data[0])).toBe(true);
    expect(codes(r)).toContain('nan-propagates');
  });
  it('relu.forward returns frozen results and leaves x alone', () => {
    const x = array([-1, 2.5]);
    const r = relu.forward(x);
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.warnings)).toBe(true);
    expect(toNested(x)).toEqual([-1, 2.5]);
  });
});

describe('relu.backward', () => {
  it('relu.backward(dout, mask) never mutates dout, and warns what the seed would have overwritten', () => {
    const dout = array([
      [1.0, -0.5],
      [-2.0, 3.0],
    ]);
    const { mask } = relu.forward(seedX);
    const r = relu.backward(dout, mask);
    expect(toNested(r.dx)).toEqual([
      [1, 0],
      [0, 3],
    ]);
    expect(toNested(dout)).toEqual([
      [1.0, -0.5],
      [-2.0, 3.0],
    ]);
    const w = r.warnings.find((x) => x.code === 'relu-inplace-dout');
    expect(w?.message).toMatch(/2 of its values/);
  });
  it('relu.backward keeps dout’s dtype', () => {
    const { mask } = relu.forward(array([1, -1]));
    expect(relu.backward(array([3, 4]), mask).dx.dtype).toBe('int64');
    expect(relu.backward(array([true, true]), mask).dx.dtype).toBe('bool');
  });
  it('relu.backward raises NumPy’s boolean-index IndexError when mask and dout disagree', () => {
    const mask = array([true, false]);
    expect(() => relu.backward(array([1.0, 2.0, 3.0]), mask)).toThrow(NumpyError);
    expect(() => relu.backward(array([1.0, 2.0, 3.0]), mask)).toThrow(
      'boolean index did not match indexed array along axis 0; size of axis is 3 but size of corresponding boolean axis is 2',
    );
  });
  it('relu.backward with a 1-D mask on 2-D dout zeroes whole rows and warns', () => {
    const r = relu.backward(
      array([
        [1, 2],
        [3, 4],
      ]),
      array([true, false]),
    );
    expect(toNested(r.dx)).toEqual([
      [0, 0],
      [3, 4],
    ]);
    expect(codes(r)).toContain('relu-mask-partial');
  });
  it('relu.backward agrees with the numerical gradient of sum(out * dout) away from 0', () => {
    const awayFromZero = floats(10).filter((v) => Math.abs(v) > 1e-3);
    const input = fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 5 }))
      .chain(([n, m]) => fc.tuple(tensorOf([n, m], awayFromZero), tensorOf([n, m], floats(5))));
    fc.assert(
      fc.property(input, ([x, dout]: [Tensor, Tensor]) => {
        const { mask } = relu.forward(x);
        const { dx } = relu.backward(dout, mask);
        const numeric = numericalGradient((v) => dotAll(relu.forward(v).out, dout), x, 1e-5);
        expect(gradientError(dx.data, numeric)).toBeLessThan(1e-6);
      }),
      { numRuns: 60 },
    );
  });
});
