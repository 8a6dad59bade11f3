import { describe, expect, it } from 'vitest';
import { array, exp, log, neg, NumpyError, toNested, type EngineWarning } from '../../../src/engine';

const codes = (w: EngineWarning[]) => w.map((x) => x.code);

describe('exp, log, neg', () => {
  it('exp(-1000) is 0 silently (underflow is ignored) while exp(1000) is inf with an overflow warning', () => {
    const w: EngineWarning[] = [];
    expect(toNested(exp(array([-1000.0, 1000.0]), w))).toEqual([0, Infinity]);
    expect(codes(w)).toEqual(['numpy-overflow-exp']);
    const quiet: EngineWarning[] = [];
    exp(array([NaN, Infinity, -Infinity]), quiet);
    expect(quiet).toEqual([]);
  });
  it('exp of ints is float64; exp of bools is NumPy’s float16 e = 2.71875, with a warning', () => {
    expect(exp(array([0, 1])).dtype).toBe('float64');
    const w: EngineWarning[] = [];
    expect(toNested(exp(array([true, false]), w))).toEqual([2.71875, 1]);
    expect(codes(w)).toEqual(['float16-result']);
  });
  it('log(0) is -inf with divide-by-zero, log(-1) nan with invalid, log(nan) quiet', () => {
    const w: EngineWarning[] = [];
    const r = log(array([0.0, -1.0, NaN], 'float64'), w);
    expect(r.data[0]).toBe(-Infinity);
    expect(Number.isNaN(r.data[1])).toBe(true);
    expect(codes(w)).toEqual(['numpy-divide-log', 'numpy-invalid-log']);
  });
  it('neg keeps the dtype, gives -0.0 for float 0.0 but 0 for int 0, and refuses bools', () => {
    expect(Object.is(neg(array([0.0], 'float64')).data[0], -0)).toBe(true);
    expect(Object.is(neg(array([0])).data[0], 0)).toBe(true);
    expect(neg(array([3])).dtype).toBe('int64');
    expect(() => neg(array([true]))).toThrow(NumpyError);
    expect(() => neg(array([true]))).toThrow(/numpy boolean negative/);
  });
});
