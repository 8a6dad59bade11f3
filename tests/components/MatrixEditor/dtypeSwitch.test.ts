import { describe, expect, it } from 'vitest';
import { switchDtype } from '../../../src/components/MatrixEditor/dtypeSwitch';
import { wordsOf } from '../../../src/components/MatrixEditor/said';
import { array, toNested } from '../../../src/engine';

const words = (r: ReturnType<typeof switchDtype>) => (r.ok ? null : wordsOf(r.message, 'en'));

describe('switchDtype', () => {
  it('casts as astype does, truncating fractions into int64', () => {
    const r = switchDtype(array([1.7, -1.7]), 'int64');
    expect(r.ok && r.tensor.dtype).toBe('int64');
    expect(r.ok && toNested(r.tensor)).toEqual([1, -1]);
    expect(switchDtype(array([0, 2.5]), 'bool').ok).toBe(true);
  });
  it('refuses into int64 what NumPy refuses (NaN, inf, past int64) and what a float64 holds inexactly', () => {
    expect(words(switchDtype(array([1, NaN]), 'int64'))).toMatch(/cannot convert float NaN to integer/);
    expect(words(switchDtype(array([Infinity]), 'int64'))).toMatch(/cannot convert float infinity/);
    expect(words(switchDtype(array([1e20, 0.5]), 'int64'))).toMatch(/OverflowError: Python int too large/);
    expect(words(switchDtype(array([1e16, 0.5]), 'int64'))).toMatch(/holds 10000000000000000 exactly/);
    expect(switchDtype(array([9007199254740991, 0.5]), 'int64').ok).toBe(true);
  });
});
