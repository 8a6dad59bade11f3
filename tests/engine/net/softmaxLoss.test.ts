import { describe, expect, it } from 'vitest';
import { array } from '../../../src/engine';
import { softmaxWithLoss } from '../../../src/engine/layers/softmaxWithLoss';
import { argmaxRow, softmaxLossInto } from '../../../src/engine/net/softmaxLoss';

describe('softmaxLossInto', () => {
  const x = array([
    [1.0, -0.5, 3, 0.25, 8, -2, 0.5, 1, 2, 3],
    [-2.0, 3.0, 0, 0, 1, 1, 2, 2, -1, 4],
  ]);

  it('gives the layer’s loss and dx bit for bit for one-hot t (10 classes: pairwise sums)', () => {
    const t = array([
      [0, 0, 0, 0, 0, 0, 0, 1, 0, 0],
      [0, 1, 0, 0, 0, 0, 0, 0, 0, 0],
    ]);
    const { loss, y } = softmaxWithLoss.forward(x, t);
    const dx = new Float64Array(20);
    expect(softmaxLossInto(dx, x.data, { oneHot: true, data: t.data }, 2, 10)).toBe(loss);
    expect(Array.from(dx)).toEqual(Array.from(softmaxWithLoss.backward(y, t).dx.data));
  });

  it('gives the layer’s loss and dx bit for bit for label t', () => {
    const t = array([4, 9]);
    const { loss, y } = softmaxWithLoss.forward(x, t);
    const dx = new Float64Array(20);
    expect(softmaxLossInto(dx, x.data, { oneHot: false, data: t.data }, 2, 10)).toBe(loss);
    expect(Array.from(dx)).toEqual(Array.from(softmaxWithLoss.backward(y, t).dx.data));
  });

  it('the seed’s 2×2 example: labels [0, 1] give the loss the notebook printed, 0.10406420174253615', () => {
    // The seed passes t = [[0, 1]], which (t.size != y.size) indexes y[[0, 1], [[0, 1]]]: the same
    // two entries as labels [0, 1].
    const seedX = array([
      [1.0, -0.5],
      [-2.0, 3.0],
    ]);
    const dx = new Float64Array(4);
    const loss = softmaxLossInto(dx, seedX.data, { oneHot: false, data: Float64Array.from([0, 1]) }, 2, 2);
    expect(loss).toBeCloseTo(0.10406420174253615, 15);
  });
});

describe('argmaxRow', () => {
  it('returns the first of tied maxima and the first nan, as np.argmax', () => {
    const a = Float64Array.from([1, 3, 3, 0, NaN, 5, NaN]);
    expect(argmaxRow(a, 0, 4)).toBe(1);
    expect(argmaxRow(a, 3, 4)).toBe(1);
  });
});
