import { describe, expect, it } from 'vitest';
import { createRandomState, tensor, twoLayerNet, type Tensor } from '../../../src/engine';
import { fastAccuracy, fastGradient, fastLoss, fastPredict, trainStep } from '../../../src/engine/net/fast';
import { expectClose, maxAbs } from './close';

const KEYS = ['W1', 'b1', 'W2', 'b2'] as const;

/** A batch of n rows: random inputs with about `zeros` of them exactly 0 (like MNIST's blank pixels). */
function batch(seed: number, n: number, input: number, classes: number, zeros: number) {
  const rs = createRandomState(seed);
  const x = rs.rand(n, input).data.map((v) => v);
  const keep = rs.rand(n, input).data;
  for (let i = 0; i < x.length; i++) if (keep[i] < zeros) x[i] = 0;
  const labels = rs.randint(classes, undefined, n);
  const oneHot = new Float64Array(n * classes);
  labels.data.forEach((l, i) => (oneHot[i * classes + l] = 1));
  return { x: tensor([n, input], 'float64', x), labels, oneHot: tensor([n, classes], 'float64', oneHot) };
}

// Sizes chosen so that the 4×4 blocks of the product leave ragged edges (7 rows, 50 and 10 columns).
const cases: [string, number, number, number, number, number][] = [
  ['784-50-10, batch 7, 80% zero pixels', 784, 50, 10, 7, 0.8],
  ['13-6-3, batch 9, dense', 13, 6, 3, 9, 0],
  ['4-4-4, batch 4, half zeros', 4, 4, 4, 4, 0.5],
];

describe('the fast path equals the layer-by-layer path', () => {
  for (const [name, input, hidden, output, n, zeros] of cases) {
    const params = twoLayerNet.init({
      inputSize: input,
      hiddenSize: hidden,
      outputSize: output,
      weightInitStd: 0.3,
      seed: 5,
    });
    const { x, labels, oneHot } = batch(11, n, input, output, zeros);
    for (const [tName, t] of [
      ['one-hot', oneHot],
      ['label', labels],
    ] as [string, Tensor][]) {
      it(`${name}, ${tName} t: predict, loss, accuracy and gradient agree to 1e-12`, () => {
        const scores = twoLayerNet.predict(params, x);
        expectClose(fastPredict(params, x).data, scores.data, 1e-12, 1e-15 * maxAbs(scores.data), 'predict');
        expectClose([fastLoss(params, x, t)], [twoLayerNet.loss(params, x, t)], 1e-12, 0, 'loss');
        expect(fastAccuracy(params, x, t)).toBe(twoLayerNet.accuracy(params, x, t));
        const slow = twoLayerNet.gradient(params, x, t);
        const { grads, loss } = fastGradient(params, x, t);
        expectClose([loss], [twoLayerNet.loss(params, x, t)], 1e-12, 0, 'gradient’s loss');
        for (const k of KEYS) {
          expect(grads[k].shape).toEqual(slow[k].shape);
          expectClose(grads[k].data, slow[k].data, 1e-12, 1e-15 * maxAbs(slow[k].data), k);
        }
      });
    }
  }
});

describe('trainStep', () => {
  const params = twoLayerNet.init({
    inputSize: 20,
    hiddenSize: 8,
    outputSize: 3,
    weightInitStd: 0.5,
    seed: 2,
  });
  const { x, labels } = batch(3, 6, 20, 3, 0.3);

  it('trainStep(params, x, t, lr) is sgdUpdate(params, gradient, lr) with the pre-step loss', () => {
    const step = trainStep(params, x, labels, 0.1);
    const expected = twoLayerNet.sgdUpdate(params, twoLayerNet.gradient(params, x, labels), 0.1);
    for (const k of KEYS) expectClose(step.params[k].data, expected[k].data, 1e-12, 1e-15, k);
    expectClose([step.loss], [twoLayerNet.loss(params, x, labels)], 1e-12, 0, 'loss');
  });

  it('never mutates the params, x or t it was given', () => {
    const before = KEYS.map((k) => Array.from(params[k].data));
    const xBefore = Array.from(x.data);
    trainStep(params, x, labels, 0.5);
    fastGradient(params, x, labels);
    KEYS.forEach((k, i) => expect(Array.from(params[k].data)).toEqual(before[i]));
    expect(Array.from(x.data)).toEqual(xBefore);
  });
});

describe('fast path with non-finite values', () => {
  it('a nan in W1 reaches the output even where x is 0, as 0 * nan does in NumPy', () => {
    const params = twoLayerNet.init({ inputSize: 4, hiddenSize: 4, outputSize: 2, seed: 1 });
    const W1 = params.W1.data.slice();
    W1[0] = NaN;
    const p = { ...params, W1: tensor([4, 4], 'float64', W1) };
    const x = tensor([1, 4], 'float64', Float64Array.from([0, 1, 2, 3]));
    expect(Array.from(fastPredict(p, x).data)).toEqual(Array.from(twoLayerNet.predict(p, x).data));
    expect(Number.isNaN(fastPredict(p, x).data[0])).toBe(true);
  });

  it('an inf input gives the same gradient (nan and all) as the layer path', () => {
    const params = twoLayerNet.init({
      inputSize: 3,
      hiddenSize: 4,
      outputSize: 2,
      weightInitStd: 1,
      seed: 4,
    });
    const x = tensor([2, 3], 'float64', Float64Array.from([0, Infinity, 1, 0, 0, 2]));
    const t = tensor([2], 'int64', Float64Array.from([1, 0]));
    const slow = twoLayerNet.gradient(params, x, t);
    const { grads } = fastGradient(params, x, t);
    for (const k of KEYS) expect(Array.from(grads[k].data), k).toEqual(Array.from(slow[k].data));
  });
});
