import { describe, expect, it } from 'vitest';
import { isBlockPaste, parseBlock, pasteBlock } from '../../../src/components/MatrixEditor/pasteBlock';
import { array, toNested, type Tensor } from '../../../src/engine';
import { wordsOf } from '../../../src/components/MatrixEditor/said';

const x = array([
  [1.0, -0.5],
  [-2.0, 3.0],
]);
const pasted = (t: Tensor, row: number, col: number, text: string) => {
  const r = pasteBlock(t, row, col, text);
  if (!r.ok) throw new Error(wordsOf(r.message, 'en'));
  return r.tensor;
};

describe('isBlockPaste', () => {
  it('is true for tab- or line-separated values and for NumPy brackets, false for one value', () => {
    expect(isBlockPaste('1\t2')).toBe(true);
    expect(isBlockPaste('1\n2')).toBe(true);
    expect(isBlockPaste('[[1, 2]]')).toBe(true);
    expect(isBlockPaste('array([1., 2.])')).toBe(true);
    expect(isBlockPaste('1.5')).toBe(false);
    expect(isBlockPaste('1.5\n')).toBe(false);
  });
});

describe('parseBlock', () => {
  it('reads spreadsheet rows and columns, blanks as null', () => {
    expect(parseBlock('1\t\t3\r\n4\t5\t6\r\n', 'float64')).toEqual({
      ok: true,
      cells: [
        [1, null, 3],
        [4, 5, 6],
      ],
    });
  });
  it('splits untabbed lines on commas and spaces', () => {
    expect(parseBlock('1, 2 3\n4 5,6', 'int64')).toEqual({
      ok: true,
      cells: [
        [1, 2, 3],
        [4, 5, 6],
      ],
    });
  });
  it('separates values on full-width commas and spaces too', () => {
    expect(parseBlock('１，２\u3000３', 'int64')).toEqual({ ok: true, cells: [[1, 2, 3]] });
  });
  it('names the pasted row and column of a bad value', () => {
    const r = parseBlock('1\t2\n3\tabc', 'float64');
    expect(r.ok ? null : wordsOf(r.message, 'en')).toBe(
      "pasted row 2, column 2: could not convert string to float: 'abc'",
    );
  });
  it('reads NumPy’s printed text and checks it against the dtype', () => {
    expect(parseBlock('[[ 1.  -0.5]\n [-2.   3. ]]', 'float64')).toEqual({
      ok: true,
      cells: [
        [1, -0.5],
        [-2, 3],
      ],
    });
    const r = parseBlock('[[1.5, 2]]', 'int64');
    expect(r.ok).toBe(false);
    expect(!r.ok && wordsOf(r.message, 'en')).toMatch(
      /pasted row 1, column 1: int64 matrix: 1.5 would be truncated/,
    );
  });
  it('reports a NumPy syntax error with its line and column', () => {
    const r = parseBlock('[[1, 2],\n [3, ]', 'float64');
    expect(!r.ok && wordsOf(r.message, 'en')).toMatch(
      /^pasted text: Line 2, column \d+: the '\[' at line 1, column 1 is never closed/,
    );
    expect(!r.ok && wordsOf(r.message, 'ja')).toMatch(/^貼り付けたテキスト: 2 行 \d+ 列目: /);
  });
});

describe('pasteBlock', () => {
  it('fills a 2x3 block from the given cell, growing the matrix with zeros', () => {
    const t = pasted(x, 1, 0, '1\t2\t3\n4\t5\t6');
    expect(t.shape).toEqual([3, 3]);
    expect(toNested(t)).toEqual([
      [1, -0.5, 0],
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(t.dtype).toBe('float64');
  });
  it('keeps the matrix’s shape when the block fits, and blank cells keep their values', () => {
    const t = pasted(x, 0, 0, '7\t\n\t8');
    expect(toNested(t)).toEqual([
      [7, -0.5],
      [-2, 8],
    ]);
  });
  it('writes a pasted row into a 1-D array and grows it', () => {
    expect(toNested(pasted(array([1, 2]), 0, 1, '5\t6\t7'))).toEqual([1, 5, 6, 7]);
  });
  it('refuses several rows in a 1-D array and several values in a 0-d array', () => {
    expect(pasteBlock(array([1, 2]), 0, 0, '1\n2').ok).toBe(false);
    expect(pasteBlock(array(1), 0, 0, '1\t2').ok).toBe(false);
  });
  it('leaves the tensor given untouched', () => {
    const before = Array.from(x.data);
    pasteBlock(x, 0, 0, '9\t9\n9\t9');
    expect(Array.from(x.data)).toEqual(before);
  });
  it('words a refused paste in Japanese on a Japanese page', () => {
    const r = pasteBlock(array([1, 2]), 0, 0, '1\n2');
    expect(r.ok ? null : wordsOf(r.message, 'ja')).toBe(
      'これは 1 次元の配列です。1 行だけを貼り付けるか、形状を変えるならテキストで編集してください',
    );
    const bad = pasteBlock(x, 0, 0, '1\tabc');
    expect(bad.ok ? null : wordsOf(bad.message, 'ja')).toBe(
      "貼り付けた 1 行 2 列目: could not convert string to float: 'abc'",
    );
  });
});

describe('pasteBlock caps', () => {
  it('refuses a paste past 2 MiB before splitting it, keeping the matrix as it was', () => {
    const r = pasteBlock(x, 0, 0, '1\t'.repeat(1_100_000));
    expect(r.ok ? null : wordsOf(r.message, 'en')).toBe(
      'pasted text: the text is 2.1 MB long: the limit is 2.0 MB, so it was not read (your draft is kept)',
    );
    expect(r.ok ? null : wordsOf(r.message, 'ja')).toMatch(/^貼り付けたテキスト: テキストが 2.1 MB あります/);
  });
  it('refuses more rows or columns than a matrix may have (4,096), or more than 65,536 elements', () => {
    const tooLarge =
      'this paste is too large: a matrix here has at most 4,096 rows or columns and 65,536 elements (as a link carries); nothing was changed';
    const words = (r: ReturnType<typeof pasteBlock>) => (r.ok ? null : wordsOf(r.message, 'en'));
    expect(words(pasteBlock(x, 0, 0, '1\n'.repeat(4097)))).toBe(tooLarge);
    expect(words(pasteBlock(x, 0, 0, '1\t'.repeat(4097)))).toBe(tooLarge);
    expect(words(pasteBlock(x, 0, 0, `${'1\t'.repeat(300)}1\n`.repeat(300)))).toBe(tooLarge);
    expect(words(pasteBlock(x, 0, 4095, '1\t2'))).toBe(tooLarge);
    expect(pasteBlock(x, 0, 0, `${'1\t'.repeat(255)}1\n`.repeat(256)).ok).toBe(true);
  });
  it('refuses a pasted integer at or past 2**53 on its digits, in an int64 and in a NumPy-text paste', () => {
    const xi = array([1, 2]);
    const words = (r: ReturnType<typeof pasteBlock>) => (r.ok ? null : wordsOf(r.message, 'en'));
    expect(words(pasteBlock(xi, 0, 0, '9007199254740993\t1'))).toMatch(
      /^pasted row 1, column 1: int64 matrix: NumPy's int64 holds 9007199254740993 exactly/,
    );
    expect(words(pasteBlock(xi, 0, 0, '[9007199254740993, 1]'))).toMatch(
      /^pasted text: Line 1, column 2: the integer 9007199254740993 is at or past 2\*\*53/,
    );
  });
});
