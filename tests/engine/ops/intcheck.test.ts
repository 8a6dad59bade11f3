import { describe, expect, it } from 'vitest';
import { array, tensor, type EngineWarning } from '../../../src/engine';
import { checkInt64 } from '../../../src/engine/ops/intcheck';

describe('checkInt64', () => {
  it('checkInt64 warns for int64 values beyond ±2**53 only', () => {
    const w: EngineWarning[] = [];
    checkInt64(array([2 ** 53, -(2 ** 53)]), w);
    expect(w).toEqual([]);
    checkInt64(tensor([1], 'float64', Float64Array.of(2 ** 60)), w);
    expect(w).toEqual([]);
    checkInt64(tensor([1], 'int64', Float64Array.of(2 ** 60)), w);
    expect(w.map((x) => x.code)).toEqual(['int64-precision']);
  });
});
