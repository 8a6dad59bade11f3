import { describe, expect, it } from 'vitest';
import type { EngineWarning } from '../../../src/engine';
import { emitFlags, flagsOf, hasNaN, hasNonFinite, noFlags } from '../../../src/engine/ops/fpflags';

describe('floating-point flags', () => {
  it('flagsOf raises divide for x/0, overflow for finite operands giving inf, invalid for new nan', () => {
    const f = noFlags();
    flagsOf('divide', 1, 0, Infinity, f);
    expect(f).toEqual({ divide: true, overflow: false, invalid: false });
    flagsOf('multiply', 1e200, 1e200, Infinity, f);
    expect(f.overflow).toBe(true);
    flagsOf('add', Infinity, -Infinity, NaN, f);
    expect(f.invalid).toBe(true);
  });
  it('flagsOf stays quiet when nan or inf only passes through', () => {
    const f = noFlags();
    flagsOf('add', NaN, 1, NaN, f);
    flagsOf('multiply', Infinity, 2, Infinity, f);
    flagsOf('divide', Infinity, 0, Infinity, f);
    expect(f).toEqual(noFlags());
  });
  it('emitFlags reports in NumPy’s order: divide, overflow, invalid', () => {
    const w: EngineWarning[] = [];
    emitFlags({ divide: true, overflow: true, invalid: true }, 'divide', w);
    expect(w.map((x) => x.code)).toEqual([
      'numpy-divide-divide',
      'numpy-overflow-divide',
      'numpy-invalid-divide',
    ]);
    expect(() => emitFlags({ divide: true, overflow: false, invalid: false }, 'add', [])).toThrow(
      /no warning/,
    );
  });
  it('hasNonFinite and hasNaN scan values', () => {
    expect(hasNonFinite(Float64Array.of(1, Infinity))).toBe(true);
    expect(hasNonFinite(Float64Array.of(1, 2))).toBe(false);
    expect(hasNaN(Float64Array.of(1, NaN))).toBe(true);
    expect(hasNaN(Float64Array.of(Infinity))).toBe(false);
  });
});
