import { describe, expect, it } from 'vitest';
import { createRandomState, tensor, twoLayerNet } from '../../../src/engine';
import { init, netSizes, sgdUpdate } from '../../../src/engine/net/params';

describe('init', () => {
  it('draws W1 then W2 from randn scaled by weightInitStd (default 0.01); biases are zeros', () => {
    const p = init({ inputSize: 3, hiddenSize: 2, outputSize: 4, seed: 9 });
    const rs = createRandomState(9);
    expect(Array.from(p.W1.data)).toEqual(Array.from(rs.randn(3, 2).data).map((v) => 0.01 * v));
    expect(Array.from(p.W2.data)).toEqual(Array.from(rs.randn(2, 4).data).map((v) => 0.01 * v));
    expect(p.b1.shape).toEqual([2]);
    expect(Array.from(p.b2.data)).toEqual([0, 0, 0, 0]);
  });

  it('given a RandomState, draws from it and leaves it advanced, as the book’s global generator', () => {
    const rs = createRandomState(1);
    init({ inputSize: 2, hiddenSize: 2, outputSize: 2, weightInitStd: 1, seed: rs });
    const twin = createRandomState(1);
    twin.randn(2, 2);
    twin.randn(2, 2);
    expect(rs.rand(1).data[0]).toBe(twin.rand(1).data[0]);
  });

  it('rejects sizes that are not positive integers, naming the option', () => {
    expect(() => init({ inputSize: 0, hiddenSize: 2, outputSize: 2, seed: 0 })).toThrow(
      /inputSize must be a positive integer/,
    );
    expect(() => init({ inputSize: 2, hiddenSize: 1.5, outputSize: 2, seed: 0 })).toThrow(/hiddenSize/);
  });

  it('is exposed as twoLayerNet.init', () => {
    expect(twoLayerNet.init).toBe(init);
  });
});

describe('netSizes', () => {
  it('reads input, hidden and output sizes off the parameter shapes', () => {
    const p = init({ inputSize: 5, hiddenSize: 3, outputSize: 2, seed: 0 });
    expect(netSizes(p, 'op')).toEqual({ input: 5, hidden: 3, output: 2 });
  });
});

describe('sgdUpdate', () => {
  const p = init({ inputSize: 2, hiddenSize: 2, outputSize: 1, weightInitStd: 1, seed: 3 });
  const g = {
    W1: tensor([2, 2], 'float64', Float64Array.from([1, 2, 3, 4])),
    b1: tensor([2], 'float64', Float64Array.from([1, -1])),
    W2: tensor([2, 1], 'float64', Float64Array.from([0.5, 0.25])),
    b2: tensor([1], 'float64', Float64Array.from([8])),
  };

  it('returns params - learningRate * grads, element by element', () => {
    const q = sgdUpdate(p, g, 0.1);
    for (const k of ['W1', 'b1', 'W2', 'b2'] as const) {
      expect(Array.from(q[k].data)).toEqual(Array.from(p[k].data).map((v, i) => v - 0.1 * g[k].data[i]));
    }
  });

  it('leaves the params it was given untouched', () => {
    const before = Array.from(p.W1.data);
    sgdUpdate(p, g, 1);
    expect(Array.from(p.W1.data)).toEqual(before);
  });

  it('a gradient of another size is refused, naming the parameter', () => {
    expect(() => sgdUpdate(p, { ...g, b2: tensor([2], 'float64', new Float64Array(2)) }, 1)).toThrow(
      /b2 \(1,\)/,
    );
  });
});
