import { describe, expect, it } from 'vitest';
import {
  broadcastOffsets,
  broadcastShapeOf,
  broadcastShapes,
  normalizeAxis,
  tupleText,
} from '../../../src/engine/ops/shapes';

describe('shape helpers', () => {
  it('tupleText prints shapes as NumPy’s error messages do, without spaces', () => {
    expect(tupleText([2, 3])).toBe('(2,3)');
    expect(tupleText([2])).toBe('(2,)');
    expect(tupleText([])).toBe('()');
  });
  it('broadcastShapeOf aligns on the right and stretches size-1 axes, or gives null', () => {
    expect(broadcastShapeOf([[2, 3], [3]])).toEqual([2, 3]);
    expect(
      broadcastShapeOf([
        [4, 1, 3],
        [2, 1],
      ]),
    ).toEqual([4, 2, 3]);
    expect(broadcastShapeOf([[0], [1]])).toEqual([0]);
    expect(broadcastShapeOf([[0], [2]])).toBeNull();
    expect(broadcastShapeOf([[2, 3], [2]])).toBeNull();
  });
  it('broadcastShapes raises NumPy’s ValueError with a trailing space after every shape', () => {
    expect(() => broadcastShapes([[2, 3], [2]], 'np.add')).toThrow(
      'operands could not be broadcast together with shapes (2,3) (2,) ',
    );
  });
  it('broadcastOffsets maps each output element to its source element, or null for equal shapes', () => {
    expect(broadcastOffsets([2, 3], [2, 3])).toBeNull();
    expect(Array.from(broadcastOffsets([3], [2, 3]) ?? [])).toEqual([0, 1, 2, 0, 1, 2]);
    expect(Array.from(broadcastOffsets([2, 1], [2, 3]) ?? [])).toEqual([0, 0, 0, 1, 1, 1]);
  });
  it('normalizeAxis accepts -ndim..ndim-1 and raises NumPy’s AxisError text otherwise', () => {
    expect(normalizeAxis(-1, 2, 'op')).toBe(1);
    expect(() => normalizeAxis(-3, 2, 'op')).toThrow('axis -3 is out of bounds for array of dimension 2');
  });
});
