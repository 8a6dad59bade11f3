import { describe, expect, it } from 'vitest';
import {
  array,
  formatNumpy,
  formatScalar,
  tensor,
  twoLayerNet,
  type DType,
  type Tensor,
} from '../../../src/engine';
import { defaultCellInputs } from '../../../src/notebook/cells';
import { netParams } from '../../../src/notebook/twoLayerNetParams';
import { createNotebookStore } from '../../../src/store/notebookStore';
import { computeTwoLayerNet, deriveTwoLayerNet, PARAM_NAMES } from '../../../src/store/selectors/twoLayerNet';
import type { CellInputs } from '../../../src/store/types';
import fixture from '../../fixtures/net-cell.json';

interface Encoded {
  readonly shape: number[];
  readonly dtype: string;
  readonly data: number[];
}

const decode = (e: Encoded): Tensor =>
  tensor(e.shape, e.dtype === 'int64' ? 'int64' : (e.dtype as DType), Float64Array.from(e.data));

const inputsOf = (c: (typeof fixture.cases)[number]): CellInputs => ({
  ...defaultCellInputs('two-layer-net'),
  seed: c.seed,
  matrices: { x: decode(c.x), t: decode(c.t) },
});

/** Agreement to rounding: products are summed in another order than BLAS, so 1e-12 relative to the matrix. */
function expectClose(actual: Tensor | null, want: Encoded, what: string) {
  expect(actual, what).not.toBeNull();
  expect(actual!.shape, what).toEqual(want.shape);
  const scale = Math.max(...want.data.map(Math.abs), 1e-300);
  for (let i = 0; i < want.data.length; i++) {
    expect(Math.abs(actual!.data[i] - want.data[i]), `${what}[${i}]`).toBeLessThanOrEqual(1e-12 * scale);
  }
}

const x5 = array(
  [
    [1, 2, 3, 4, 5],
    [1, 2, 3, 4, 5],
  ],
  'float64',
);

for (const c of fixture.cases) {
  describe(`computeTwoLayerNet on "${c.name}", against NumPy running the book's net`, () => {
    const o = computeTwoLayerNet(inputsOf(c));

    it('draws the parameters NumPy draws after np.random.seed, bit for bit', () => {
      for (const k of PARAM_NAMES) expect(Array.from(o.params[k].data), k).toEqual(c.params[k].data);
    });

    it('gives every node the value NumPy passes between the layers, forward and backward', () => {
      for (const [name, want] of Object.entries(c.nodes)) {
        const got = o.matrices[name].value;
        if (name === 'mask') expect(Array.from(got!.data)).toEqual(want.data.map(Number));
        else expectClose(got, want, name);
      }
    });

    it('gives the loss NumPy prints, to the last digit', () => {
      expect(formatScalar(o.loss.value!, 'float64')).toBe(c.numpy.loss);
    });

    it('prints x, t, the parameters and their gradients exactly as NumPy does', () => {
      for (const name of ['W1', 'b1', 'W2', 'b2', 'dW1', 'db1', 'dW2', 'db2']) {
        expect(formatNumpy(o.matrices[name].value!), name).toBe(c.numpy[name as keyof typeof c.numpy]);
      }
    });

    it("checks the gradients as gradient_check.py does: backprop and numerical match NumPy's", () => {
      // The numerical gradient divides loss differences by 2h: a few ulps of the loss become ~1e-12.
      const atol = (32 * Number.EPSILON * c.loss) / 1e-4;
      for (const k of PARAM_NAMES) {
        const check = o.gradcheck.value![k];
        expectClose(check.backprop, c.gradient[k], `gradient.${k}`);
        for (let i = 0; i < check.numerical.size; i++) {
          const want = c.numericalGradient[k].data[i];
          expect(Math.abs(check.numerical.data[i] - want), `numerical.${k}[${i}]`).toBeLessThanOrEqual(atol);
        }
        expect(Math.abs(check.mean - c.gradcheck[k].mean), `mean ${k}`).toBeLessThanOrEqual(atol);
        expect(Math.abs(check.max - c.gradcheck[k].max), `max ${k}`).toBeLessThanOrEqual(atol);
      }
    });

    it('flags the hidden units NumPy finds within h of the kink', () => {
      expect(o.kinks.map((k) => [k.sample, k.unit])).toEqual(c.kinks);
    });
  });
}

describe('computeTwoLayerNet', () => {
  const o = computeTwoLayerNet(defaultCellInputs('two-layer-net'));

  it("gives the same gradients as the engine's network.gradient(x, t)", () => {
    const { x, t } = defaultCellInputs('two-layer-net').matrices;
    const grads = twoLayerNet.gradient(netParams(0), x, t);
    for (const k of PARAM_NAMES) expect(o.matrices[`d${k}`].value).toEqual(grads[k]);
  });

  it('keeps the default check below 1e-7 everywhere, with no unit on the kink', () => {
    for (const k of PARAM_NAMES) expect(o.gradcheck.value![k].max).toBeLessThan(1e-7);
    expect(o.kinks).toEqual([]);
  });

  it("does not pass on Relu's in-place write to dout: inside the net it harms nothing", () => {
    expect(o.warnings.map((w) => w.code)).not.toContain('relu-inplace-dout');
  });

  it("shows NumPy's error from Affine1 onwards when x has 5 features for a net built for 4", () => {
    const base = defaultCellInputs('two-layer-net');
    const bad = computeTwoLayerNet({ ...base, matrices: { ...base.matrices, x: x5 } });
    const message = 'ValueError: shapes (2,5) and (4,3) not aligned: 5 (dim 1) != 4 (dim 0)';
    for (const name of ['a1', 'z1', 'scores', 'y', 'dscores', 'dx', 'dW1', 'db2'])
      expect(bad.matrices[name].error, name).toBe(message);
    expect(bad.loss.error).toBe(message);
    expect(bad.gradcheck.error).toBe(message);
    expect(bad.matrices.W1.value).toBe(bad.params.W1);
    expect(bad.kinks).toEqual([]);
    expect(bad.kinkNudge).toBeNull();
  });

  it('keeps y when a label is out of range, and stops the loss and every gradient there', () => {
    const base = defaultCellInputs('two-layer-net');
    const bad = computeTwoLayerNet({ ...base, matrices: { ...base.matrices, t: array([1, 7], 'int64') } });
    expect(bad.loss.error).toMatch(/^IndexError: index 7 is out of bounds for axis 1 with size 3/);
    expect(bad.matrices.y.value).toEqual(o.matrices.y.value);
    expect(bad.matrices.dW1.error).toBe(bad.loss.error);
    expect(bad.gradcheck.error).toBe(bad.loss.error);
    expect(bad.minTargetProb).toBeNull();
  });

  it('reports the smallest probability of a correct class, here near 1/3', () => {
    expect(o.minTargetProb).toBeGreaterThan(0.33);
    expect(o.minTargetProb).toBeLessThan(0.34);
  });
});

describe('deriveTwoLayerNet', () => {
  it('computes once per inputs object', () => {
    const inputs = defaultCellInputs('two-layer-net');
    expect(deriveTwoLayerNet(inputs)).toBe(deriveTwoLayerNet(inputs));
    expect(deriveTwoLayerNet({ ...inputs })).not.toBe(deriveTwoLayerNet(inputs));
  });
});

describe('the two-layer net in the store', () => {
  it('re-rolls only the weights: x and t stay as the learner set them', () => {
    const store = createNotebookStore();
    store.getState().setMatrix('two-layer-net', 'x', x5);
    store.getState().reroll('two-layer-net');
    const cell = store.getState().inputs['two-layer-net'];
    expect(cell.seed).toBe(1);
    expect(cell.matrices.x).toBe(x5);
    expect(formatNumpy(deriveTwoLayerNet(cell).params.W1)).toBe(fixture.cases[1].numpy.W1);
  });
});
