import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { affine, array, NumpyError, tensor, toNested, type Tensor } from '../../../src/engine';
import { dotAll, floats, gradientError, numericalGradient, tensorOf } from './gradientCheck';
import { describeFixtureCases } from './layerFixtures';

const codes = (r: { warnings: readonly { code: string }[] }) => r.warnings.map((w) => w.code);
const seedX = array([
  [1.0, -0.5],
  [-2.0, 3.0],
]);

describe('affine fixtures from the seed Affine class', () => {
  // Float np.dot goes through BLAS (blocking, fused multiply-adds): 1e-12; ints, bools and db are exact.
  const exact = (key: string, dtype: string) => key === 'db' || dtype !== 'float64';
  describeFixtureCases('affine', 'forward', ({ x, W, b }) => affine.forward(x, W, b), exact);
  describeFixtureCases('affine', 'backward', ({ dout, x, W }) => affine.backward(dout, x, W), exact);
});

describe('affine.forward', () => {
  it('affine.forward of the seed’s ints reproduces X_dot_W + B as int64', () => {
    const r = affine.forward(
      array([
        [0, 0, 0],
        [10, 10, 10],
      ]),
      array([
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ]),
      array([1, 2, 3]),
    );
    expect(r.out.dtype).toBe('int64');
    expect(toNested(r.out)).toEqual([
      [1, 2, 3],
      [11, 12, 13],
    ]);
    expect(codes(r)).toContain('affine-int');
  });
  it('affine.forward(x, X, B) with the seed’s 1-D X as W gives a 1-D output and warns', () => {
    const r = affine.forward(seedX, array([0.5, 0.25]), array([0.1, 0.2]));
    expect(r.out.shape).toEqual([2]);
    expect(r.out.data[0]).toBe(1.0 * 0.5 + -0.5 * 0.25 + 0.1);
    expect(codes(r)).toContain('affine-w-1d');
  });
  it('affine.forward of a 1-D x reshapes it to (n, 1), as the seed does, so W (2,3) does not line up', () => {
    const x = array([0.3, 0.7]);
    const W = array([
      [1, 2, 3],
      [4, 5, 6.5],
    ]);
    expect(() => affine.forward(x, W, array([1, 2, 3]))).toThrow(
      'shapes (2,1) and (2,3) not aligned: 1 (dim 1) != 2 (dim 0)',
    );
    expect(codes({ warnings: affine.diagnose(x, W, array([1, 2, 3])) })).toContain('affine-1d-x');
  });
  it('affine.forward raises NumPy’s broadcast error for a bias of the wrong length', () => {
    const call = () =>
      affine.forward(
        array([
          [1.0, 2.0, 3.0],
          [4.0, 5.0, 6.0],
        ]),
        tensor([3, 3], 'float64', new Float64Array(9)),
        array([1.0, 2.0]),
      );
    expect(call).toThrow(NumpyError);
    expect(call).toThrow('operands could not be broadcast together with shapes (2,3) (2,) ');
  });
  it('affine.forward flattens an N-D x to (N, -1) and backward restores its shape', () => {
    const x = tensor(
      [2, 3, 4],
      'float64',
      Float64Array.from({ length: 24 }, (_, i) => i / 10),
    );
    const W = tensor(
      [12, 5],
      'float64',
      Float64Array.from({ length: 60 }, (_, i) => Math.sin(i)),
    );
    const { out } = affine.forward(x, W, array([0, 0, 0, 0, 0.5]));
    expect(out.shape).toEqual([2, 5]);
    const { dx, dW, db } = affine.backward(out, x, W);
    expect(dx.shape).toEqual([2, 3, 4]);
    expect(dW.shape).toEqual([12, 5]);
    expect(db.shape).toEqual([5]);
  });
});

describe('affine.backward', () => {
  it('affine.backward gives db = np.sum(dout, axis=0), as the seed’s dB cell', () => {
    const dout = array([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const { db } = affine.backward(dout, array([[1.0], [2.0]]), array([[1.0, 1.0, 1.0]]));
    expect(db.dtype).toBe('int64');
    expect(toNested(db)).toEqual([5, 7, 9]);
  });
  it('affine.backward agrees with the numerical gradients of sum(out * dout) for x, W and b', () => {
    const input = fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
      .chain(([n, d, m]) =>
        fc.tuple(
          tensorOf([n, d], floats(3)),
          tensorOf([d, m], floats(3)),
          tensorOf([m], floats(3)),
          tensorOf([n, m], floats(3)),
        ),
      );
    fc.assert(
      fc.property(input, ([x, W, b, dout]: [Tensor, Tensor, Tensor, Tensor]) => {
        const { dx, dW, db } = affine.backward(dout, x, W);
        const f = (xx: Tensor, WW: Tensor, bb: Tensor) => dotAll(affine.forward(xx, WW, bb).out, dout);
        expect(
          gradientError(
            dx.data,
            numericalGradient((v) => f(v, W, b), x),
          ),
        ).toBeLessThan(1e-7);
        expect(
          gradientError(
            dW.data,
            numericalGradient((v) => f(x, v, b), W),
          ),
        ).toBeLessThan(1e-7);
        expect(
          gradientError(
            db.data,
            numericalGradient((v) => f(x, W, v), b),
          ),
        ).toBeLessThan(1e-7);
      }),
      { numRuns: 60 },
    );
  });
});
