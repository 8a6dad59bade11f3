import { describe, expect, it } from 'vitest';
import fixture from '../../fixtures/layers.json';
import { array, sum, toNested, type EngineWarning } from '../../../src/engine';
import { compareTensor, decode, type EncodedArray } from '../layers/layerFixtures';

interface Reduction {
  name: string;
  x: EncodedArray;
  sums: { axis: number | null; out: EncodedArray }[];
}

describe('sum against np.sum', () => {
  for (const r of fixture.reductions as unknown as Reduction[]) {
    it(`sum(x, axis) is bit-identical to NumPy for ${r.name}`, () => {
      const x = decode(r.x);
      for (const { axis, out } of r.sums) {
        expect(compareTensor(sum(x, axis ?? undefined), out, true), `axis ${axis}`).toBeNull();
      }
    });
  }
});

describe('sum', () => {
  it('sum(bool) and sum(int) give int64; sum(float) float64', () => {
    expect(sum(array([true, true, false])).dtype).toBe('int64');
    expect(sum(array([true, true, false])).data[0]).toBe(2);
    expect(sum(array([1, 2])).dtype).toBe('int64');
    expect(sum(array([1.5])).dtype).toBe('float64');
  });
  it('sum(dY, 0) is the seed’s dB = np.sum(dY, axis=0)', () => {
    const dY = array([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(toNested(sum(dY, 0))).toEqual([5, 7, 9]);
    expect(toNested(sum(dY, -1))).toEqual([6, 15]);
  });
  it('sum(x) of an empty array is 0 and sum over a bad axis raises NumPy’s AxisError text', () => {
    expect(sum(array([])).data[0]).toBe(0);
    expect(() => sum(array([[1.0]]), 2)).toThrow('axis 2 is out of bounds for array of dimension 2');
  });
  it('sum warns like NumPy when the total overflows or meets inf - inf', () => {
    const w: EngineWarning[] = [];
    sum(array([1e308, 1e308], 'float64'), undefined, w);
    expect(w.map((x) => x.code)).toEqual(['numpy-overflow-reduce']);
    const v: EngineWarning[] = [];
    sum(array([Infinity, -Infinity]), undefined, v);
    expect(v.map((x) => x.code)).toEqual(['numpy-invalid-reduce']);
    const quiet: EngineWarning[] = [];
    sum(array([NaN, 1]), undefined, quiet);
    sum(array([Infinity, 1]), undefined, quiet);
    expect(quiet).toEqual([]);
  });
  it('sum never mutates x', () => {
    const x = array([1.5, 2.5]);
    sum(x);
    expect(toNested(x)).toEqual([1.5, 2.5]);
  });
});
