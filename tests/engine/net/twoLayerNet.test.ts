import { describe, expect, it } from 'vitest';
import {
  createRandomState,
  tensor,
  twoLayerNet,
  type Tensor,
  type TwoLayerParams,
} from '../../../src/engine';
import fixture from '../../fixtures/net.json';
import { expectClose, maxAbs } from './close';

interface Encoded {
  shape: number[];
  data: number[];
}
type Four = Record<'W1' | 'b1' | 'W2' | 'b2', Encoded>;
const KEYS = ['W1', 'b1', 'W2', 'b2'] as const;
const decode = (e: Encoded, dtype: 'float64' | 'int64' = 'float64'): Tensor =>
  tensor(e.shape, dtype, Float64Array.from(e.data));

// Products and sums are done in a different order (and without BLAS's fused multiply-adds), so values
// agree with NumPy to rounding: 1e-12 relative, with an absolute floor far below the data's scale for
// entries that are sums cancelling to (nearly) zero.
const RTOL = 1e-12;
const floor = (e: Encoded) => 1e-15 * maxAbs(e.data);

for (const c of fixture.cases) {
  describe(`twoLayerNet on the fixture "${c.name}"`, () => {
    const params = twoLayerNet.init({
      inputSize: c.inputSize,
      hiddenSize: c.hiddenSize,
      outputSize: c.outputSize,
      weightInitStd: c.weightInitStd ?? undefined,
      seed: c.seed,
    });
    const x = decode(c.x);
    const labels = c.t.shape.length === 1;
    const t = decode(c.t, labels ? 'int64' : 'float64');

    it(`init({ seed: ${c.seed} }) gives NumPy's parameters bit for bit`, () => {
      for (const k of KEYS) {
        expect(params[k].shape, k).toEqual((c.params as Four)[k].shape);
        expect(Array.from(params[k].data), k).toEqual((c.params as Four)[k].data);
      }
    });

    it('predict, loss and accuracy match NumPy', () => {
      expectClose(twoLayerNet.predict(params, x).data, c.predict.data, RTOL, floor(c.predict), 'predict');
      expectClose([twoLayerNet.loss(params, x, t)], [c.loss], RTOL, 0, 'loss');
      expect(twoLayerNet.accuracy(params, x, t)).toBe(c.accuracy);
    });

    it('gradient (backprop) matches NumPy to 1e-12', () => {
      const grads = twoLayerNet.gradient(params, x, t);
      for (const k of KEYS) {
        const want = (c.gradient as Four)[k];
        expect(grads[k].shape, k).toEqual(want.shape);
        expectClose(grads[k].data, want.data, RTOL, floor(want), `gradient.${k}`);
      }
    });

    it('numericalGradient matches NumPy to a few ulps of the loss divided by h', () => {
      // (f(w+h) - f(w-h)) / 2h turns a loss that differs from NumPy's by a few ulps into a gradient
      // entry off by about that much over h = 1e-4: ~1e-12 absolute, ~1e-9 relative for entries ~1e-3.
      const atol = (32 * Number.EPSILON * c.loss) / 1e-4;
      const grads = twoLayerNet.numericalGradient(params, x, t);
      for (const k of KEYS) {
        expectClose(grads[k].data, (c.numericalGradient as Four)[k].data, 0, atol, `numericalGradient.${k}`);
      }
    });

    it('backprop agrees with the numerical gradient (the book’s gradient check)', () => {
      // Central differences carry an O(h²) truncation error, so the check is a relative one:
      // |g - n| / (|g| + |n|) over each parameter, the usual gradient-check measure.
      const grads = twoLayerNet.gradient(params, x, t);
      const numeric = twoLayerNet.numericalGradient(params, x, t);
      for (const k of KEYS) {
        let diff = 0;
        let size = 0;
        for (let i = 0; i < grads[k].size; i++) {
          diff += (grads[k].data[i] - numeric[k].data[i]) ** 2;
          size += grads[k].data[i] ** 2 + numeric[k].data[i] ** 2;
        }
        expect(size === 0 ? 0 : Math.sqrt(diff / size), k).toBeLessThan(1e-4);
      }
    });
  });
}

describe('twoLayerNet training (the book’s loop, fixture "training")', () => {
  const tr = fixture.training;
  const x = decode(tr.x);
  const t = decode(tr.t);
  const [inputSize, hiddenSize, outputSize] = tr.sizes;
  const rows = (m: Tensor, idx: Float64Array): Tensor => {
    const w = m.shape[1];
    const out = new Float64Array(idx.length * w);
    idx.forEach((r, i) => out.set(m.data.subarray(r * w, (r + 1) * w), i * w));
    return tensor([idx.length, w], m.dtype, out);
  };
  const train = (step: (p: TwoLayerParams, xb: Tensor, tb: Tensor) => TwoLayerParams) => {
    const random = createRandomState(tr.seed);
    let params = twoLayerNet.init({
      inputSize,
      hiddenSize,
      outputSize,
      weightInitStd: tr.weightInitStd,
      seed: random,
    });
    const losses: number[] = [];
    for (let i = 0; i < tr.losses.length; i++) {
      const mask = random.choice(x.shape[0], tr.batchSize).data;
      const xb = rows(x, mask);
      const tb = rows(t, mask);
      params = step(params, xb, tb);
      losses.push(twoLayerNet.loss(params, xb, tb));
    }
    return { params, losses };
  };

  it('gradient + sgdUpdate with batches from choice() retraces NumPy’s loss curve and reaches 100%', () => {
    const { params, losses } = train((p, xb, tb) =>
      twoLayerNet.sgdUpdate(p, twoLayerNet.gradient(p, xb, tb), tr.learningRate),
    );
    // 60 steps of rounding-level differences stay far below 1e-9.
    expectClose(losses, tr.losses, 1e-9, 0, 'loss after step');
    for (const k of KEYS) expectClose(params[k].data, (tr.finalParams as Four)[k].data, 1e-9, 1e-15, k);
    expect(twoLayerNet.accuracy(params, x, t)).toBe(tr.accuracy);
    expect(tr.accuracy).toBe(1);
  });

  it('trainStep follows the same path as gradient + sgdUpdate', () => {
    const viaTrainStep = train((p, xb, tb) => twoLayerNet.trainStep(p, xb, tb, tr.learningRate).params);
    expectClose(viaTrainStep.losses, tr.losses, 1e-9, 0, 'loss after trainStep');
  });

  it('the loss actually falls: the last step’s loss is under a hundredth of the first', () => {
    expect(tr.losses[tr.losses.length - 1]).toBeLessThan(tr.losses[0] / 100);
  });
});

describe('twoLayerNet errors', () => {
  const params = twoLayerNet.init({ inputSize: 4, hiddenSize: 3, outputSize: 2, seed: 0 });
  it('predict(x) with the wrong width raises np.dot’s not-aligned ValueError', () => {
    const x = tensor([2, 5], 'float64', new Float64Array(10));
    expect(() => twoLayerNet.predict(params, x)).toThrow(
      'shapes (2,5) and (4,3) not aligned: 5 (dim 1) != 4 (dim 0)',
    );
    expect(() => twoLayerNet.fast.predict(params, x)).toThrow(
      'shapes (2,5) and (4,3) not aligned: 5 (dim 1) != 4 (dim 0)',
    );
  });
  it('parameters whose shapes do not chain are refused with all four shapes named', () => {
    const bad = { ...params, b2: tensor([3], 'float64', new Float64Array(3)) };
    expect(() =>
      twoLayerNet.loss(
        bad,
        tensor([1, 4], 'float64', new Float64Array(4)),
        tensor([1], 'int64', new Float64Array(1)),
      ),
    ).toThrow(/W1 \(4, 3\), b1 \(3,\), W2 \(3, 2\), b2 \(3,\)/);
  });
});
