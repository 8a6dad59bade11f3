import { describe, expect, it } from 'vitest';
import { array, tensor, type EngineWarning } from '../../../src/engine';
import { frozen, inspectInputs } from '../../../src/engine/layers/inspect';

describe('inspectInputs', () => {
  it('inspectInputs names the input that holds nan and flags int64 beyond 2**53', () => {
    const w: EngineWarning[] = [];
    inspectInputs(w, {
      x: array([1, 2]),
      dout: array([NaN, 1]),
      big: tensor([1], 'int64', Float64Array.of(2 ** 60)),
    });
    expect(w.map((x) => x.code)).toEqual(['nan-propagates', 'int64-precision']);
    expect(w[0].message).toMatch(/^dout contains nan/);
  });
  it('frozen freezes the result and its warnings', () => {
    const r = frozen({ warnings: [] as EngineWarning[] });
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.warnings)).toBe(true);
  });
});
