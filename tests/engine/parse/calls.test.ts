import { describe, expect, it } from 'vitest';
import { parseNumpy, ParseError, toNested } from '../../../src/engine';
import { english } from './english';

function read(text: string): { dtype: string; shape: readonly number[]; value: unknown } {
  const t = parseNumpy(text);
  return { dtype: t.dtype, shape: t.shape, value: toNested(t) };
}

function reason(text: string): string {
  try {
    parseNumpy(text);
  } catch (e) {
    if (e instanceof ParseError) return `${e.line}:${e.column} ${english(e)}`;
    throw e;
  }
  throw new Error(`no error for ${text}`);
}

describe('range and np.arange', () => {
  it('range(stop), range(start, stop) and range(start, stop, step) give int64 lists, as in the seed', () => {
    expect(read('np.array(range(10))')).toEqual({
      dtype: 'int64',
      shape: [10],
      value: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    });
    expect(read('range(2, 5)').value).toEqual([2, 3, 4]);
    expect(read('range(5, -4, -3)').value).toEqual([5, 2, -1]);
    expect(read('range(3, 1)').shape).toEqual([0]);
  });
  it('np.arange takes floats and dtype=, as NumPy’s arange does', () => {
    expect(read('np.arange(0, 1, 0.25)')).toEqual({
      dtype: 'float64',
      shape: [4],
      value: [0, 0.25, 0.5, 0.75],
    });
    expect(read('np.arange(3, dtype=float)')).toEqual({ dtype: 'float64', shape: [3], value: [0, 1, 2] });
    expect(read('numpy.arange(4)').dtype).toBe('int64');
  });
  it('list(range(...)) and [range(2), range(2)] nest like Python sequences', () => {
    expect(read('list(range(3))').value).toEqual([0, 1, 2]);
    expect(read('[range(2), range(2)]').value).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });
  it('refuses a zero step, fractional range bounds, non-finite bounds and too many arguments', () => {
    expect(reason('range(0, 5, 0)')).toBe('1:13 the step of range() cannot be 0');
    expect(reason('range(2.5)')).toBe('1:7 range() needs whole numbers here (np.arange accepts floats)');
    expect(reason('np.arange(0.5, dtype=int)')).toMatch(/needs whole numbers/);
    expect(reason('np.arange(inf)')).toBe('1:11 np.arange() needs finite numbers');
    expect(reason('range(1, 2, 3, 4)')).toBe(
      '1:1 range() takes 1 to 3 numbers: stop, or start, stop[, step]',
    );
    expect(reason('range()')).toMatch(/takes 1 to 3 numbers/);
    expect(reason('np.arange(3, dtype=bool)')).toMatch(/dtype=bool\) is not supported/);
  });
  it('refuses a range past the element limit before building it', () => {
    expect(reason('range(10000000000)')).toBe(
      '1:1 10,000,000,000 along one dimension is too long: the limit is 4,096',
    );
    expect(reason('np.arange(4097)')).toMatch(/^1:1 4,097 along one dimension is too long/);
    expect(parseNumpy('np.arange(4096)').shape).toEqual([4096]);
    expect(reason('np.arange(0, 1, 1e-300)')).toMatch(/along one dimension is too long/);
    expect(reason(`[${'range(4000),'.repeat(17)}]`)).toMatch(
      /^1:\d+ too many numbers: the limit is 65,536 elements/,
    );
  });
});

describe('scalar constructors', () => {
  it('np.float64(0.5), np.int64(3), np.True_ and float("nan") give 0-d arrays of their type', () => {
    expect(read('np.float64(0.5)')).toEqual({ dtype: 'float64', shape: [], value: 0.5 });
    expect(read('np.int64(-3)')).toEqual({ dtype: 'int64', shape: [], value: -3 });
    expect(read('np.bool_(2)')).toEqual({ dtype: 'bool', shape: [], value: true });
    expect(Number.isNaN(read("float('nan')").value)).toBe(true);
    expect(read("float('-inf')").value).toBe(-Infinity);
    expect(read('np.float64()').value).toBe(0);
  });
  it('casts their argument as NumPy does: np.int64(2.7) is 2, np.float64(1) is a float', () => {
    expect(read('np.int64(2.7)').value).toBe(2);
    expect(read('[np.float64(1), 2]').dtype).toBe('float64');
    expect(read('-np.float64(1.5)').value).toBe(-1.5);
  });
  it('refuses text that is not a number, nested calls and nan as an integer', () => {
    expect(reason("float('abc')")).toBe("1:7 'abc' is not a number");
    expect(reason('np.float64(np.int64(1))')).toBe('1:12 write a plain number here, not np.int64(...)');
    expect(reason('np.int64(nan)')).toBe('1:10 NaN cannot be converted to int64');
  });
});

describe('array(...) arguments', () => {
  it('dtype= may be a name, np.name, a Python type or a string, also as the second argument', () => {
    for (const text of [
      'array([1], dtype=float64)',
      'np.array([1], dtype=np.float32)',
      "np.array([1], 'f8')",
      'np.array([1], float)',
    ]) {
      expect(parseNumpy(text).dtype).toBe('float64');
    }
  });
  it('refuses other keyword arguments and unsupported dtypes, pointing at them', () => {
    expect(reason('np.array([1], copy=True)')).toBe(
      "1:15 the argument 'copy' is not supported here: only dtype= is",
    );
    expect(reason('np.array([1], dtype=np.complex128)')).toBe(
      '1:21 dtype np.complex128 is not supported: arrays here are float64, int64 or bool',
    );
    expect(reason('np.array([1], dtype=3)')).toBe(
      '1:21 unexpected number 3: expected a dtype such as float64',
    );
  });
  it('shape= gives empty arrays their shape and must agree with the values', () => {
    expect(parseNumpy('array([], shape=(0, 3), dtype=int64)').shape).toEqual([0, 3]);
    expect(parseNumpy('array([[1, 2]], shape=(1, 2))').shape).toEqual([1, 2]);
    expect(reason('array([1, 2], shape=(2, 1))')).toBe(
      '1:15 shape=(2, 1) does not match the values, whose shape is (2,)',
    );
    expect(reason('array([], shape=(2, 1.5))')).toMatch(/expected a whole number/);
  });
});
