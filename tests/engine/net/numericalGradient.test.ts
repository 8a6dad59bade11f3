import { describe, expect, it } from 'vitest';
import { tensor, type TwoLayerParams } from '../../../src/engine';
import { numericalGradientOf } from '../../../src/engine/net/numericalGradient';

const params: TwoLayerParams = {
  W1: tensor([1, 2], 'float64', Float64Array.from([1, -2])),
  b1: tensor([2], 'float64', Float64Array.from([0.5, 3])),
  W2: tensor([2, 1], 'float64', Float64Array.from([4, 0])),
  b2: tensor([1], 'float64', Float64Array.from([-1])),
};

describe('numericalGradientOf', () => {
  it('is (f(w + h) - f(w - h)) / 2h with h = 1e-4 for every element, each restored before the next', () => {
    // f = sum of squares: the exact derivative is 2w; the central difference reproduces the same floats.
    const f = (p: TwoLayerParams) => {
      let s = 0;
      for (const t of [p.W1, p.b1, p.W2, p.b2]) for (const v of t.data) s += v * v;
      return s;
    };
    const grads = numericalGradientOf(params, f);
    for (const k of ['W1', 'b1', 'W2', 'b2'] as const) {
      expect(grads[k].shape).toEqual(params[k].shape);
      grads[k].data.forEach((g, i) => expect(g).toBeCloseTo(2 * params[k].data[i], 8));
    }
  });

  it('nudges one element at a time and in the book’s order of evaluations', () => {
    const seen: number[][] = [];
    numericalGradientOf(params, (p) => {
      seen.push([...p.W1.data, ...p.b1.data]);
      return 0;
    });
    expect(seen[0]).toEqual([1 + 1e-4, -2, 0.5, 3]);
    expect(seen[1]).toEqual([1 - 1e-4, -2, 0.5, 3]);
    expect(seen[2]).toEqual([1, -2 + 1e-4, 0.5, 3]);
    expect(seen[4]).toEqual([1, -2, 0.5 + 1e-4, 3]);
  });

  it('leaves the params it was given untouched', () => {
    numericalGradientOf(params, (p) => p.W1.data[0]);
    expect(Array.from(params.W1.data)).toEqual([1, -2]);
  });
});
