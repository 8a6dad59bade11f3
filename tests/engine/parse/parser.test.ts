import { describe, expect, it } from 'vitest';
import type { ParseError } from '../../../src/engine';
import { parseTree } from '../../../src/engine/parse/parser';
import type { Node } from '../../../src/engine/parse/tree';
import { english } from './english';

/** The tree with each leaf replaced by its value: easy to compare. */
function values(text: string): unknown {
  const { root, leaves } = parseTree(text);
  const unwrap = (n: Node): unknown => (typeof n === 'number' ? leaves.values[n] : n.items.map(unwrap));
  return unwrap(root);
}

function failure(text: string): string {
  try {
    parseTree(text);
  } catch (e) {
    const { line, column } = e as ParseError;
    return `${line}:${column} ${english(e)}`;
  }
  throw new Error(`no error for ${text}`);
}

describe('parseTree', () => {
  it('numbers leaves in reading order, which is row-major order', () => {
    const { leaves } = parseTree('[[3 1]\n [4 1]]');
    expect(leaves.values).toEqual([3, 1, 4, 1]);
    expect(leaves.starts).toEqual([2, 4, 9, 11]);
  });
  it('takes commas, spaces or both between items, and a trailing comma', () => {
    expect(values('[1, 2 3,4,]')).toEqual([1, 2, 3, 4]);
  });
  it('reads tuples as Python does: (1, 2) and (1,) are lists, (1) is 1, () is empty', () => {
    expect(values('((1, 2), (3, 4))')).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(values('(1,)')).toEqual([1]);
    expect(values('(1)')).toBe(1);
    expect(values('()')).toEqual([]);
    expect(values('[(1), (2)]')).toEqual([1, 2]);
  });
  it('skips an x = assignment, a >>> prompt and a final semicolon', () => {
    expect(values('>>> W = [1, 2];')).toEqual([1, 2]);
    expect(values('W=[1]')).toEqual([1]);
  });
  it('records dtype= and shape= of the outermost array(...) with their offsets', () => {
    const p = parseTree('array([], shape=(2, 0), dtype=int64)');
    expect(p.shape).toEqual({ dims: [2, 0], start: 10 });
    expect(p.dtype).toEqual({ dtype: 'int64', start: 24 });
    expect(parseTree("np.array([1], 'f4')").dtype?.dtype).toBe('float64');
  });
  it('reads arrays nested in a list, as a list of arrays prints', () => {
    expect(values('[array([1, 2]), array([3, 4])]')).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });
  it('refuses dtype= and shape= on an inner array(...), and a dtype given twice', () => {
    expect(failure('[array([1], dtype=int64)]')).toBe(
      '1:13 dtype= is only supported on the outermost array(...)',
    );
    expect(failure('array([1], float, dtype=int)')).toBe('1:19 dtype is given twice');
    expect(failure('array([1], float, int)')).toMatch(/takes the values and an optional dtype/);
  });
  it('says which bracket is left open, or which one a wrong closer meets', () => {
    expect(failure('[[1, 2],\n [3, 4]\n')).toBe(
      `2:8 the '[' at line 1, column 1 is never closed: expected ']'`,
    );
    expect(failure('(1, 2')).toBe(`1:6 the '(' at line 1, column 1 is never closed: expected ')'`);
    expect(failure('[1, 2)')).toBe(`1:6 unexpected ')': expected ']' to close the '[' at line 1, column 1`);
  });
  it('explains unknown names, uncalled callables and None', () => {
    expect(failure('[1, x]')).toBe(`1:5 unknown name 'x': expected a number, True, False, nan or inf`);
    expect(failure('np.array')).toBe(`1:1 'np.array' must be called, as in np.array(...)`);
    expect(failure('[nan()]')).toBe(`1:2 'nan' is a value, not a function`);
    expect(failure('[null]')).toBe('1:2 null is not a number: every element needs a value');
  });
  it('refuses text after the array, and an empty line inside a table', () => {
    expect(failure('[1]\n(1,)')).toBe(
      `2:1 unexpected '(' after the end of the array: paste one array at a time`,
    );
    expect(failure('1\n\n2')).toBe('2:1 this line is empty: every row of a table needs its numbers');
  });
  it('says what a list could hold next when a stray character interrupts it', () => {
    expect(failure('[1 }')).toBe(`1:4 unexpected '}': expected ',', ']' or a number`);
    expect(failure('[{')).toBe(`1:2 unexpected '{': expected a number, '[' or ']'`);
  });
  it('says when the input ends in the middle of a value', () => {
    expect(failure('[1, -')).toBe(`1:5 '-' must be followed directly by a number`);
    expect(failure('np.array([1],')).toBe(`1:14 the '(' at line 1, column 9 is never closed: expected ')'`);
    expect(failure('(1,')).toBe(`1:4 the '(' at line 1, column 1 is never closed: expected ')'`);
    expect(failure('range(3,')).toBe(`1:9 the '(' at line 1, column 6 is never closed: expected ')'`);
  });
  it('refuses nesting deeper than NumPy’s 64 dimensions, whatever brackets or calls nest', () => {
    expect(failure('['.repeat(65))).toMatch(/^1:65 too deeply nested/);
    expect(failure('list('.repeat(100))).toMatch(/too deeply nested/);
    expect(failure('('.repeat(10_000))).toMatch(/too deeply nested/);
  });
});
