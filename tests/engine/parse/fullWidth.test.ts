import { describe, expect, it } from 'vitest';
import { parseNumpy, toHalfWidth, toNested } from '../../../src/engine';
import { halfWidthOf, hasFullWidth } from '../../../src/engine/parse/fullWidth';

describe('fullWidth', () => {
  it('halfWidthOf maps the full-width forms, the ideographic space, comma, full stop and ー to ASCII', () => {
    expect(
      ['［', '１', '，', '．', '－', 'ａ', '＿', '\u3000', '、', '。', 'ー'].map((c) =>
        halfWidthOf(c.charCodeAt(0)),
      ),
    ).toEqual(['[', '1', ',', '.', '-', 'a', '_', ' ', ',', '.', '-']);
    expect(halfWidthOf('a'.charCodeAt(0))).toBeNull();
    expect(halfWidthOf('入'.charCodeAt(0))).toBeNull();
    expect(halfWidthOf('\u2212'.charCodeAt(0))).toBeNull();
  });
  it('toHalfWidth converts only those characters, so what the IME typed reads as NumPy text', () => {
    expect(toHalfWidth('［１，　２］')).toBe('[1, 2]');
    expect(toHalfWidth('ｎｐ．ａｒｒａｙ（［１．５，　－３］）')).toBe('np.array([1.5, -3])');
    expect(toHalfWidth('[1, 2] # ²入力')).toBe('[1, 2] # ²入力');
    expect(toNested(parseNumpy(toHalfWidth('［［１，２］，［３，４］］')))).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });
  it('hasFullWidth tells whether there is anything to convert', () => {
    expect(hasFullWidth('[1, 2]')).toBe(false);
    expect(hasFullWidth('[1、2]')).toBe(true);
  });
});
