import { describe, expect, it } from 'vitest';
import { offsetOf, parseText } from '../../../src/components/MatrixEditor/parseText';
import { toNested } from '../../../src/engine';

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
    expect(r).toEqual({ ok: false, message: 'this text gives a float64 array; this matrix takes int64' });
  });
  it('reports a syntax error as "Line L, column C: reason" with the position', () => {
    const r = parseText('[[1, 2],\n [3, @]]', ALL);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.line).toBe(2);
    expect(r.column).toBe(6);
    expect(r.message).toMatch(/^Line 2, column 6: /);
  });
  it('says where a syntax error is, and which dtypes the matrix takes, in Japanese when asked', () => {
    const syntax = parseText('[[1, 2],\n [3, @]]', ALL, 'ja');
    expect(syntax.ok ? null : syntax.message).toMatch(/^2 行 6 列目: /);
    expect(parseText('[1.5, 2]', ['int64', 'bool'], 'ja')).toEqual({
      ok: false,
      message: 'このテキストは float64 の配列になりますが、この行列が受け付けるのは int64 か bool です',
    });
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
