import { describe, expect, it } from 'vitest';
import { lookupDtype, lookupWord } from '../../../src/engine/parse/names';

describe('lookupWord', () => {
  it('knows the bool and special-float constants in Python, NumPy and JS spellings', () => {
    for (const w of ['True', 'true', 'np.True_', 'numpy.True_'])
      expect(lookupWord(w)).toMatchObject({ value: 1, leaf: 'bool' });
    for (const w of ['nan', 'NaN', 'np.nan', 'numpy.nan'])
      expect(lookupWord(w)).toMatchObject({ leaf: 'float' });
    expect(lookupWord('Infinity')).toMatchObject({ value: Infinity });
  });
  it('reads numpy.x as np.x for the callables', () => {
    expect(lookupWord('numpy.array')).toEqual({ kind: 'array' });
    expect(lookupWord('np.arange')).toEqual({ kind: 'arange' });
    expect(lookupWord('range')).toEqual({ kind: 'range' });
  });
  it('treats dtype names as scalar constructors, widened to the engine’s dtypes', () => {
    expect(lookupWord('np.float32')).toEqual({ kind: 'scalar', dtype: 'float64' });
    expect(lookupWord('np.int64')).toEqual({ kind: 'scalar', dtype: 'int64' });
    expect(lookupWord('float')).toEqual({ kind: 'scalar', dtype: 'float64' });
    expect(lookupWord('np.bool_')).toEqual({ kind: 'scalar', dtype: 'bool' });
  });
  it('marks None and null as not-a-number, and knows nothing else', () => {
    expect(lookupWord('None')).toEqual({ kind: 'none' });
    expect(lookupWord('x')).toBeUndefined();
    expect(lookupWord('np.f8')).toBeUndefined();
    expect(lookupWord('constructor')).toBeUndefined();
  });
});

describe('lookupDtype', () => {
  it('resolves names, np./numpy. prefixes, type codes and byte orders', () => {
    expect(lookupDtype('int64')).toEqual({ dtype: 'int64' });
    expect(lookupDtype('np.float32')).toEqual({ dtype: 'float64' });
    expect(lookupDtype('numpy.uint8')).toEqual({ dtype: 'int64' });
    expect(lookupDtype('<f8')).toEqual({ dtype: 'float64' });
    expect(lookupDtype('?')).toEqual({ dtype: 'bool' });
    expect(lookupDtype('bool')).toEqual({ dtype: 'bool' });
  });
  it('tells a NumPy dtype the engine cannot hold from a word that is no dtype at all', () => {
    for (const w of ['complex128', 'np.complex64', 'object', 'str', '<U5', 'datetime64[ns]', 'c16']) {
      expect(lookupDtype(w)).toEqual({ unsupported: w });
    }
    expect(lookupDtype('wobble')).toBeNull();
    expect(lookupDtype('abc')).toBeNull();
  });
});
