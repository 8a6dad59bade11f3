import { describe, expect, it } from 'vitest';
import { offsetOf, parseText } from '../../../src/components/MatrixEditor/parseText';
import { toNested } from '../../../src/engine';
import { wordsOf } from '../../../src/components/MatrixEditor/said';

const ALL = ['float64', 'int64', 'bool'] as const;

describe('parseText', () => {
  it('reads NumPy text with the shape and dtype it gives', () => {
    const r = parseText('[[1 2 3]\n [4 5 6]]', ALL);
    expect(r.ok && r.tensor.shape).toEqual([2, 3]);
    expect(r.ok && r.tensor.dtype).toBe('int64');
  });
  it('widens an int or bool array to float64 when the matrix takes float64 only', () => {
    const r = parseText('[1, 2]', ['float64']);
    expect(r.ok && r.tensor.dtype).toBe('float64');
    expect(r.ok && toNested(r.tensor)).toEqual([1, 2]);
  });
  it('refuses a dtype the matrix does not take when widening is not allowed', () => {
    const r = parseText('[1.5, 2]', ['int64']);
    expect(r.ok).toBe(false);
    expect(r.ok ? null : wordsOf(r.message, 'en')).toBe(
      'this text gives a float64 array; this matrix takes int64',
    );
  });
  it('reports a syntax error as "Line L, column C: reason" with the position', () => {
    const r = parseText('[[1, 2],\n [3, @]]', ALL);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.line).toBe(2);
    expect(r.column).toBe(6);
    expect(wordsOf(r.message, 'en')).toMatch(/^Line 2, column 6: unexpected '@'/);
  });
  it('says where a syntax error is, and which dtypes the matrix takes, all in Japanese on a Japanese page', () => {
    const syntax = parseText('[[1, 2],\n [3, @]]', ALL);
    expect(syntax.ok ? null : wordsOf(syntax.message, 'ja')).toBe(
      "2 行 6 列目: '@' は読めません。ここには','、']' か数値が必要です",
    );
    const unclosed = parseText('[1, 2', ALL);
    expect(unclosed.ok ? null : wordsOf(unclosed.message, 'ja')).toBe(
      "1 行 6 列目: 1 行 1 列目の '[' が閉じられていません。']' が必要です",
    );
    const dtype = parseText('[1.5, 2]', ['int64', 'bool']);
    expect(dtype.ok ? null : wordsOf(dtype.message, 'ja')).toBe(
      'このテキストは float64 の配列になりますが、この行列が受け付けるのは int64 か bool です',
    );
  });
  it('keeps the refusal as data, so one result is worded in either language when shown', () => {
    const r = parseText('[1, 2', ALL);
    expect(r.ok ? null : r.message).toEqual({
      key: 'text.syntaxAt',
      params: {
        line: 1,
        column: 6,
        reason: {
          parse: { code: 'neverClosed', params: { opener: '[', at: { line: 1, column: 1 }, closer: ']' } },
        },
      },
    });
    expect(r.ok ? null : wordsOf(r.message, 'en')).toBe(
      "Line 1, column 6: the '[' at line 1, column 1 is never closed: expected ']'",
    );
  });
  it('offers the half-width text for a full-width refusal, and nothing for other refusals', () => {
    const r = parseText('［１，　２］', ALL);
    expect(r).toMatchObject({ ok: false, line: 1, column: 1, halfWidth: '[1, 2]' });
    expect(r.ok ? null : wordsOf(r.message, 'ja')).toMatch(
      /^1 行 1 列目: invalid character '［' \(U\+FF3B\)/,
    );
    expect(parseText('[1, @]', ALL)).not.toHaveProperty('halfWidth');
  });
  it('refuses an integer at or past 2**53 saying what NumPy would hold, in both languages', () => {
    const r = parseText('[9007199254740993, 1]', ALL);
    expect(r.ok ? null : wordsOf(r.message, 'en')).toMatch(
      /^Line 1, column 2: the integer 9007199254740993 is at or past 2\*\*53: NumPy's int64 holds it exactly/,
    );
    expect(r.ok ? null : wordsOf(r.message, 'ja')).toMatch(
      /^1 行 2 列目: 整数 9007199254740993 は 2\*\*53 以上です。NumPy の int64 はこれを正確に保ちますが/,
    );
  });
});

describe('offsetOf', () => {
  it('turns a 1-based line and column into a 0-based offset, clamped to the text', () => {
    expect(offsetOf('ab\ncd', 1, 1)).toBe(0);
    expect(offsetOf('ab\ncd', 2, 2)).toBe(4);
    expect(offsetOf('ab\ncd', 2, 9)).toBe(5);
    expect(offsetOf('ab', 5, 1)).toBe(2);
  });
});
