import { describe, expect, it } from 'vitest';
import {
  add,
  array,
  div,
  mul,
  NumpyError,
  pyBool,
  pyFloat,
  pyInt,
  sub,
  toNested,
  type EngineWarning,
} from '../../../src/engine';

const codes = (w: EngineWarning[]) => w.map((x) => x.code);

describe('add, sub, mul, div', () => {
  it('add broadcasts the seed’s bias B (3,) over X_dot_W (2,3) and keeps int64', () => {
    const r = add(
      array([
        [0, 0, 0],
        [10, 10, 10],
      ]),
      array([1, 2, 3]),
    );
    expect(r.dtype).toBe('int64');
    expect(toNested(r)).toEqual([
      [1, 2, 3],
      [11, 12, 13],
    ]);
  });
  it('add raises NumPy’s ValueError listing both shapes when they do not broadcast', () => {
    const call = () =>
      add(
        array([
          [1.5, 2, 3],
          [4, 5, 6],
        ]),
        array([1.5, 2]),
      );
    expect(call).toThrow(NumpyError);
    expect(call).toThrow('operands could not be broadcast together with shapes (2,3) (2,) ');
  });
  it('Python scalars are weak: int + 1 is int64, int + 1.0 and int / 2 are float64, bool + 1 is int64', () => {
    expect(add(array([1, 2]), pyInt(1)).dtype).toBe('int64');
    expect(add(array([1, 2]), pyFloat(1)).dtype).toBe('float64');
    expect(add(array([1, 2]), 1).dtype).toBe('float64');
    expect(div(array([1, 2]), pyInt(2)).dtype).toBe('float64');
    expect(add(array([true]), pyInt(1)).dtype).toBe('int64');
    expect(add(array([true]), pyBool(true)).dtype).toBe('bool');
  });
  it('bool + bool is or, bool * bool is and, and both warn that they stay bool', () => {
    const w: EngineWarning[] = [];
    expect(toNested(add(array([true, false]), array([true, false]), w))).toEqual([true, false]);
    expect(toNested(mul(array([true, true]), array([false, true]), w))).toEqual([false, true]);
    expect(codes(w)).toEqual(['bool-arithmetic']);
  });
  it('bool - bool raises NumPy’s TypeError; bool / bool is float64', () => {
    expect(() => sub(array([true]), array([true]))).toThrow(/numpy boolean subtract/);
    expect(() => sub(array([true]), pyBool(true))).toThrow(NumpyError);
    expect(div(array([true]), array([true])).dtype).toBe('float64');
    expect(sub(array([1.5]), array([true])).data[0]).toBe(0.5);
  });
  it('float results keep IEEE signed zeros: -0.0 / 2 is -0.0', () => {
    expect(Object.is(div(array([-0.0], 'float64'), pyInt(2)).data[0], -0)).toBe(true);
  });
  it('div warns divide-by-zero for 1/0 and invalid for 0/0, as NumPy does', () => {
    const w: EngineWarning[] = [];
    div(array([1.0, 0.0], 'float64'), array([0.0, 0.0], 'float64'), w);
    expect(codes(w)).toEqual(['numpy-divide-divide', 'numpy-invalid-divide']);
  });
  it('arithmetic warns overflow and invalid (inf - inf, 0 * inf) but stays quiet for nan inputs', () => {
    const w: EngineWarning[] = [];
    add(array([1e308], 'float64'), array([1e308], 'float64'), w);
    sub(array([Infinity]), array([Infinity]), w);
    mul(array([Infinity]), array([0.0], 'float64'), w);
    expect(codes(w)).toEqual(['numpy-overflow-add', 'numpy-invalid-subtract', 'numpy-invalid-multiply']);
    const quiet: EngineWarning[] = [];
    add(array([NaN]), array([1.5]), quiet);
    mul(array([Infinity]), array([2.5]), quiet);
    expect(quiet).toEqual([]);
  });
  it('int64 results beyond 2**53 warn that float64 cannot hold them exactly', () => {
    const w: EngineWarning[] = [];
    add(array([2 ** 62]), array([2 ** 62]), w);
    expect(codes(w)).toEqual(['int64-precision']);
  });
  it('operands are never mutated and results are frozen', () => {
    const a = array([1.5, 2.5]);
    const r = add(a, a);
    expect(toNested(a)).toEqual([1.5, 2.5]);
    expect(Object.isFrozen(r)).toBe(true);
  });
});
