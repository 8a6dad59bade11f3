import { describe, expect, it } from 'vitest';
import { isCut, shownIndices, shownValues } from '../../../src/engine/format/edgeItems';
import { tensor } from '../../../src/engine';

const arange = (shape: number[], n: number) =>
  tensor(
    shape,
    'int64',
    Float64Array.from({ length: n }, (_, i) => i),
  );

describe('isCut', () => {
  it('isCut(n, 3) is true only past 6 entries', () => {
    expect(isCut(6, 3)).toBe(false);
    expect(isCut(7, 3)).toBe(true);
  });
});

describe('shownValues', () => {
  it('shownValues returns every element, in order, when not summarising', () => {
    expect(shownValues(arange([2, 2], 4), false, 3)).toEqual([0, 1, 2, 3]);
  });
  it('shownValues keeps the edges of a long axis', () => {
    expect(shownValues(arange([8], 8), true, 3)).toEqual([0, 1, 2, 5, 6, 7]);
  });
  it('shownValues keeps the corners of a 2-d array and whole short axes', () => {
    const t = arange([7, 2], 14);
    expect(shownValues(t, true, 3)).toEqual([0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13]);
    const corners = shownValues(arange([8, 8], 64), true, 1);
    expect(corners).toEqual([0, 7, 56, 63]);
  });
});

describe('shownIndices', () => {
  it('shownIndices lists every flat index when not summarising', () => {
    expect(shownIndices(arange([2, 3], 6), false, 3)).toEqual([0, 1, 2, 3, 4, 5]);
  });
  it('shownIndices gives the flat index of each value shownValues keeps, in the same order', () => {
    const t = tensor(
      [9, 8],
      'float64',
      Float64Array.from({ length: 72 }, (_, i) => 100 - i),
    );
    const indices = shownIndices(t, true, 3);
    expect(indices.slice(0, 7)).toEqual([0, 1, 2, 5, 6, 7, 8]);
    expect(indices.map((i) => t.data[i])).toEqual(shownValues(t, true, 3));
  });
});
