import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { array, NumpyError, softmaxWithLoss, tensor, toNested, type Tensor } from '../../../src/engine';
import { floats, gradientError, numericalGradient, tensorOf } from './gradientCheck';
import { describeFixtureCases } from './layerFixtures';

const codes = (r: { warnings: readonly { code: string }[] }) => r.warnings.map((w) => w.code);
const seedX = array([
  [1.0, -0.5],
  [-2.0, 3.0],
]);

describe('softmaxWithLoss fixtures from the seed SoftmaxWithLoss class', () => {
  // y and the loss go through np.exp / np.log (CPU-specific in NumPy): 1e-12. dx is plain arithmetic.
  describeFixtureCases(
    'softmaxWithLoss',
    'forward',
    ({ x, t }) => softmaxWithLoss.forward(x, t),
    () => false,
  );
  describeFixtureCases(
    'softmaxWithLoss',
    'backward',
    ({ y, t }) => softmaxWithLoss.backward(y, t),
    () => true,
  );
});

describe('softmaxWithLoss with the seed’s own example', () => {
  const t = array([[0, 1]]);
  it('forward(seed x, t = [[0,1]]) gives exactly the seed’s loss 0.10406420174253615', () => {
    expect(softmaxWithLoss.forward(seedX, t).loss).toBe(0.10406420174253615);
  });
  it('backward gives the seed’s dx, since t (1,2) is broadcast as labels and batch_size is 1', () => {
    const { y } = softmaxWithLoss.forward(seedX, t);
    const { dx } = softmaxWithLoss.backward(y, t);
    const printed = [-0.18242552, -0.81757448, 0.00669285, 0.99330715];
    printed.forEach((p, i) => expect(dx.data[i]).toBeCloseTo(p, 8));
  });
  it('both directions explain the t shape mismatch: 2 rows averaged, gradient divided by 1', () => {
    const f = softmaxWithLoss.forward(seedX, t);
    const b = softmaxWithLoss.backward(f.y, t);
    for (const r of [f, b]) {
      const w = r.warnings.find((x) => x.code === 'softmax-t-shape-mismatch');
      expect(w?.message).toMatch(/t has shape \(1, 2\) but y has shape \(2, 2\)/);
      expect(w?.message).toMatch(/divides by 2 rows/);
      expect(w?.message).toMatch(/t\.shape\[0\] = 1/);
    }
  });
  it('proper labels [1, 1] and one-hot [[0,1],[0,1]] agree with each other and raise no shape warning', () => {
    const labels = softmaxWithLoss.forward(seedX, array([1, 1]));
    const oneHot = softmaxWithLoss.forward(
      seedX,
      array([
        [0, 1],
        [0, 1],
      ]),
    );
    expect(labels.loss).toBe(oneHot.loss);
    expect(codes(labels)).toEqual([]);
    expect(codes(oneHot)).toEqual([]);
  });
});

describe('softmaxWithLoss.forward', () => {
  it('forward raises NumPy’s IndexError for a label out of range', () => {
    const call = () => softmaxWithLoss.forward(seedX, array([5, 0]));
    expect(call).toThrow(NumpyError);
    expect(call).toThrow('index 5 is out of bounds for axis 1 with size 2');
  });
  it('forward guards log(0) with 1e-7 and says so', () => {
    const r = softmaxWithLoss.forward(array([[0.0, -1000.0]]), array([1]));
    expect(r.loss).toBeCloseTo(-Math.log(1e-7), 10);
    expect(codes(r)).toContain('cross-entropy-epsilon');
  });
  it('forward of a 1-D x treats it as one sample; the rows of a 2-D y each sum to 1', () => {
    const one = softmaxWithLoss.forward(array([0.3, 2.9, 4.0]), array([0, 0, 1]));
    expect(one.y.shape).toEqual([3]);
    const { y } = softmaxWithLoss.forward(seedX, array([0, 1]));
    expect(y.data[0] + y.data[1]).toBeCloseTo(1, 15);
    expect(y.data[2] + y.data[3]).toBeCloseTo(1, 15);
  });
  it('forward never mutates x or t', () => {
    const x = array([[1.0, 2.0, 3.0]]);
    const t = array([2]);
    softmaxWithLoss.forward(x, t);
    expect(toNested(x)).toEqual([[1, 2, 3]]);
    expect(toNested(t)).toEqual([2]);
  });
});

describe('softmaxWithLoss.backward', () => {
  it('backward subtracts 1 once where labels repeat an element, as NumPy’s fancy -= does', () => {
    const y = array([[0.25, 0.25, 0.5]]);
    const r = softmaxWithLoss.backward(y, array([[0, 0]]));
    expect(toNested(r.dx)).toEqual([[-0.75, 0.25, 0.5]]);
    expect(codes(r)).toContain('fancy-index-repeated');
  });
  it('backward of a 1-D y with one-hot t divides by the number of classes and warns', () => {
    const y = array([0.2, 0.3, 0.5]);
    const r = softmaxWithLoss.backward(y, array([0, 0, 1]));
    expect(r.dx.data[2]).toBe((0.5 - 1) / 3);
    expect(codes(r)).toContain('softmax-1d-batch');
  });
  it('backward of a 1-D y with a label raises NumPy’s too-many-indices IndexError', () => {
    expect(() => softmaxWithLoss.backward(array([0.2, 0.8]), array([1]))).toThrow(
      'too many indices for array: array is 1-dimensional, but 2 were indexed',
    );
  });

  const batch = fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 2, max: 5 }))
    .chain(([n, c]) =>
      fc.tuple(
        tensorOf([n, c], floats(6)),
        fc.array(fc.integer({ min: 0, max: c - 1 }), { minLength: n, maxLength: n }),
      ),
    );
  const check = (x: Tensor, t: Tensor, labels: number[]) => {
    const { y } = softmaxWithLoss.forward(x, t);
    const { dx } = softmaxWithLoss.backward(y, t);
    const numeric = numericalGradient((v) => softmaxWithLoss.forward(v, t).loss, x);
    // The loss takes log(y + 1e-7), which backward's (y - t) / N ignores: the two differ by a factor
    // y / (y + 1e-7) at each row's label, so allow that on top of the finite-difference error.
    const c = x.shape[1];
    const smallest = Math.min(...labels.map((l, i) => y.data[i * c + l]));
    expect(gradientError(dx.data, numeric)).toBeLessThan(1e-6 + 2e-7 / smallest);
  };
  it('backward agrees with the numerical gradient of the loss for label t', () => {
    fc.assert(
      fc.property(batch, ([x, labels]) => check(x, array(labels), labels)),
      { numRuns: 60 },
    );
  });
  it('backward agrees with the numerical gradient of the loss for one-hot t', () => {
    fc.assert(
      fc.property(batch, ([x, labels]) => {
        const c = x.shape[1];
        const oneHot = new Float64Array(x.size);
        labels.forEach((l, i) => (oneHot[i * c + l] = 1));
        check(x, tensor(x.shape, 'int64', oneHot), labels);
      }),
      { numRuns: 60 },
    );
  });
});
