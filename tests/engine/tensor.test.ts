import { afterEach, describe, expect, it } from 'vitest';
import {
  affine,
  array,
  isFreezing,
  relu,
  setFreezing,
  sigmoid,
  softmaxWithLoss,
  tensor,
  toNested,
} from '../../src/engine';

const x = () =>
  array([
    [1.0, -0.5],
    [-2.0, 3.0],
  ]);

/** Every layer pass of the seed on its own inputs, as plain values (no identity, no frozenness). */
function seedPasses() {
  const t = array([[0, 1]]);
  const W = array([
    [0.1, 0.2, 0.3],
    [0.4, 0.5, 0.6],
  ]);
  const b = array([1, 2, 3]);
  const dY = array([
    [1, 2, 3],
    [4, 5, 6],
  ]);
  const r = relu.forward(x());
  const s = sigmoid.forward(x());
  const sm = softmaxWithLoss.forward(x(), t);
  const back = affine.backward(dY, x(), W);
  return {
    relu: [r.out, r.mask, relu.backward(x(), r.mask).dx].map(toNested),
    sigmoid: [s.out, sigmoid.backward(x(), s.out).dx].map(toNested),
    affine: [affine.forward(x(), W, b).out, back.dx, back.dW, back.db].map(toNested),
    softmax: [sm.loss, toNested(sm.y), toNested(softmaxWithLoss.backward(sm.y, t).dx)],
  };
}

describe('result freezing', () => {
  afterEach(() => setFreezing(true));

  it('is on by default, so a stray write to a tensor or a layer result throws', () => {
    expect(isFreezing()).toBe(true);
    const r = relu.forward(x());
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.out)).toBe(true);
    expect(Object.isFrozen(r.out.shape)).toBe(true);
    expect(() => {
      (r.out.shape as number[]).push(1);
    }).toThrow(TypeError);
  });

  it('switched off (as production builds run), gives the same values, just not frozen', () => {
    const frozen = seedPasses();
    setFreezing(false);
    expect(isFreezing()).toBe(false);
    expect(seedPasses()).toEqual(frozen);
    const r = relu.forward(x());
    expect(Object.isFrozen(r)).toBe(false);
    expect(Object.isFrozen(r.out)).toBe(false);
  });

  it('switched off, tensor() still copies a shape it does not own, so the caller’s array cannot reshape it', () => {
    setFreezing(false);
    const shape = [2, 2];
    const t = tensor(shape, 'float64', new Float64Array(4));
    shape[0] = 4;
    expect(t.shape).toEqual([2, 2]);
  });

  it('switched off, still never writes into the inputs', () => {
    setFreezing(false);
    const input = x();
    const before = Array.from(input.data);
    relu.backward(input, relu.forward(input).mask);
    expect(Array.from(input.data)).toEqual(before);
  });
});
