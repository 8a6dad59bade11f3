import { describe, expect, it } from 'vitest';
import { affine, array, tensor } from '../../../src/engine';
import { netParams } from '../../../src/notebook/twoLayerNetParams';
import {
  GRADCHECK_H,
  kinkNudge,
  kinksOf,
  minTargetProb,
  paramCheck,
} from '../../../src/store/selectors/twoLayerNetCheck';
import fixture from '../../fixtures/net-cell.json';

const [defaults, , , kinkCase] = fixture.cases;
const X = tensor(defaults.x.shape, 'float64', Float64Array.from(defaults.x.data));

describe('paramCheck(backprop, numerical)', () => {
  it('gives |backprop - numerical| per entry, its mean (np.average) and its max', () => {
    const c = paramCheck(array([1, 2, 3, 4], 'float64'), array([1.5, 2, 2, 4.25], 'float64'));
    expect(Array.from(c.diff.data)).toEqual([0.5, 0, 1, 0.25]);
    expect(c.mean).toBe(0.4375);
    expect(c.max).toBe(1);
  });

  it('keeps the shape of a 2-D parameter and lets NaN through, as np.max does', () => {
    const c = paramCheck(array([[1, NaN]], 'float64'), array([[0, 0]], 'float64'));
    expect(c.diff.shape).toEqual([1, 2]);
    expect(c.max).toBeNaN();
    expect(c.mean).toBeNaN();
  });

  it('refuses gradients of different sizes, naming both', () => {
    expect(() => paramCheck(array([1, 2], 'float64'), array([1], 'float64'))).toThrow(/2 and 1 elements/);
  });
});

describe('kinksOf(a1)', () => {
  it('lists the (sample, unit) pairs with |a| < h, and only those', () => {
    const a1 = array(
      [
        [0.5, -5e-5, 1e-4],
        [0, -0.2, 9.9e-5],
      ],
      'float64',
    );
    expect(kinksOf(a1)).toEqual([
      { sample: 0, unit: 1, a: -5e-5 },
      { sample: 1, unit: 0, a: 0 },
      { sample: 1, unit: 2, a: 9.9e-5 },
    ]);
  });

  it('finds none in anything but a 2-D batch', () => {
    expect(kinksOf(array([0, 0], 'float64'))).toEqual([]);
  });
});

describe('kinkNudge(x, a1, W1)', () => {
  const { W1, b1 } = netParams(0);
  const a1 = affine.forward(X, W1, b1).out;

  it("moves one entry of x so that the unit nearest 0 sits at h / 2, as NumPy's same rule does", () => {
    const nudge = kinkNudge(X, a1, W1)!;
    expect([nudge.sample, nudge.unit]).toEqual(kinkCase.kinks[0]);
    const after = affine.forward(nudge.x, W1, b1).out;
    expect(after.data[nudge.sample * 3 + nudge.unit]).toBeCloseTo(GRADCHECK_H / 2, 15);
    for (let i = 0; i < after.size; i++) expect(after.data[i]).toBeCloseTo(kinkCase.nodes.a1.data[i], 14);
    const changed = [...nudge.x.data.keys()].filter((i) => nudge.x.data[i] !== X.data[i]);
    expect(changed).toEqual([nudge.sample * 4 + nudge.feature]);
    expect(nudge.x.data[changed[0]]).toBeCloseTo(kinkCase.x.data[changed[0]], 14);
  });

  it('moves the feature with the largest |W1| into that unit, and leaves x itself alone', () => {
    const before = X.data.slice();
    const nudge = kinkNudge(X, a1, W1)!;
    const column = [0, 1, 2, 3].map((k) => Math.abs(W1.data[k * 3 + nudge.unit]));
    expect(column[nudge.feature]).toBe(Math.max(...column));
    expect(X.data).toEqual(before);
  });

  it('gives a float64 x even from an int64 one', () => {
    const xi = array(
      [
        [1, 0, 2, 0],
        [-1, 1, 0, -2],
      ],
      'int64',
    );
    const nudge = kinkNudge(xi, affine.forward(xi, W1, b1).out, W1)!;
    expect(nudge.x.dtype).toBe('float64');
  });

  it('gives nothing when x is not a batch of the right width', () => {
    expect(kinkNudge(array([1, 2, 3, 4], 'float64'), a1, W1)).toBeNull();
    expect(kinkNudge(array([[1, 2, 3]], 'float64'), a1, W1)).toBeNull();
  });
});

describe('minTargetProb(y, t)', () => {
  const y = array(
    [
      [0.2, 0.7, 0.1],
      [0.3, 0.3, 0.4],
    ],
    'float64',
  );

  it("reads one-hot t with argmax, and labels (negative ones from the end) as NumPy's indexing does", () => {
    expect(
      minTargetProb(
        y,
        array(
          [
            [0, 1, 0],
            [0, 0, 1],
          ],
          'int64',
        ),
      ),
    ).toBe(0.4);
    expect(minTargetProb(y, array([0, -1], 'int64'))).toBe(0.2);
  });

  it('gives null for a t the loss would not read one label per row from', () => {
    expect(minTargetProb(y, array([[0, 1]], 'int64'))).toBeNull();
    expect(minTargetProb(y, array([0, 3], 'int64'))).toBeNull();
    expect(minTargetProb(y, array([0.0, 1.0], 'float64'))).toBeNull();
  });
});
