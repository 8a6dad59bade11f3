import { describe, expect, it } from 'vitest';
import { castChecked, parseCellText } from '../../../src/components/MatrixEditor/cellValue';
import { wordsOf } from '../../../src/components/MatrixEditor/said';

const value = (text: string, dtype: 'float64' | 'int64' | 'bool') => {
  const r = parseCellText(text, dtype);
  if (!r.ok) throw new Error(wordsOf(r.message, 'en'));
  return r.value;
};
const message = (text: string, dtype: 'float64' | 'int64' | 'bool') => {
  const r = parseCellText(text, dtype);
  return r.ok ? null : wordsOf(r.message, 'en');
};

describe('parseCellText', () => {
  it('reads Python float literals into float64: signs, exponents, bare points, underscores', () => {
    expect(value('1.5', 'float64')).toBe(1.5);
    expect(value(' -0.5 ', 'float64')).toBe(-0.5);
    expect(value('1.', 'float64')).toBe(1);
    expect(value('.25', 'float64')).toBe(0.25);
    expect(value('1e-3', 'float64')).toBe(0.001);
    expect(value('1.e+00', 'float64')).toBe(1);
    expect(value('1_000.5', 'float64')).toBe(1000.5);
    expect(Object.is(value('-0', 'float64'), -0)).toBe(true);
  });
  it('reads nan, inf and -inf (any case) and True/False as 1/0 into float64', () => {
    expect(value('nan', 'float64')).toBeNaN();
    expect(value('-inf', 'float64')).toBe(-Infinity);
    expect(value('Infinity', 'float64')).toBe(Infinity);
    expect(value('True', 'float64')).toBe(1);
    expect(value('False', 'float64')).toBe(0);
  });
  it('reads full-width digits and signs typed with a Japanese input method', () => {
    expect(value('－１．５', 'float64')).toBe(-1.5);
    expect(value('３', 'int64')).toBe(3);
    expect(value('\u22122', 'float64')).toBe(-2);
  });
  it('refuses text that is not a number with NumPy’s own message', () => {
    expect(message('abc', 'float64')).toBe("could not convert string to float: 'abc'");
    expect(message('1.2.3', 'float64')).toBe("could not convert string to float: '1.2.3'");
    expect(message('0x10', 'float64')).toBe("could not convert string to float: '0x10'");
    expect(message('abc', 'int64')).toBe("invalid literal for int() with base 10: 'abc'");
  });
  it('refuses an empty entry', () => {
    expect(message('  ', 'float64')).toMatch(/empty entry/);
    expect(message('', 'bool')).toMatch(/True or False/);
  });
  it('takes integers and integral floats into int64, and turns -0 into 0', () => {
    expect(value('-3', 'int64')).toBe(-3);
    expect(value('2.0', 'int64')).toBe(2);
    expect(value('1e3', 'int64')).toBe(1000);
    expect(Object.is(value('-0', 'int64'), 0)).toBe(true);
  });
  it('refuses a float an int64 matrix would truncate, naming the truncation and the fix', () => {
    expect(message('1.5', 'int64')).toBe(
      'int64 matrix: 1.5 would be truncated to 1; switch dtype to float64',
    );
    expect(message('-2.7', 'int64')).toBe(
      'int64 matrix: -2.7 would be truncated to -2; switch dtype to float64',
    );
  });
  it('refuses nan, inf and integers past 2**53 in int64', () => {
    expect(message('nan', 'int64')).toMatch(/cannot convert float NaN to integer/);
    expect(message('inf', 'int64')).toMatch(/cannot convert float infinity to integer/);
    expect(message('9007199254740993', 'int64')).toMatch(/holds 9007199254740993 exactly/);
  });
  it('takes True/False (any case) and 1/0 into bool, and refuses other numbers', () => {
    expect(value('True', 'bool')).toBe(1);
    expect(value('false', 'bool')).toBe(0);
    expect(value('1', 'bool')).toBe(1);
    expect(value('0.0', 'bool')).toBe(0);
    expect(message('2', 'bool')).toBe(
      'bool matrix: 2 would become True; type True or False, or switch dtype',
    );
    expect(message('yes', 'bool')).toBe("bool matrix: type True or False, not 'yes'");
  });
  it("words a refusal in Japanese when shown on a Japanese page, quoting NumPy's own words as NumPy prints them", () => {
    const ja = (text: string, dtype: 'float64' | 'int64' | 'bool') => {
      const r = parseCellText(text, dtype);
      return r.ok ? null : wordsOf(r.message, 'ja');
    };
    expect(ja('1.5', 'int64')).toBe(
      'int64 の行列です。1.5 は 1 に切り捨てられます。dtype を float64 に切り替えてください',
    );
    expect(ja('nan', 'int64')).toContain('cannot convert float NaN to integer');
    expect(ja('2', 'bool')).toContain('2 は True になります');
    expect(ja('', 'float64')).toBe('空欄です。数値を入力してください');
    expect(ja('abc', 'float64')).toBe("could not convert string to float: 'abc'");
  });
});

describe('castChecked', () => {
  it('passes any float64 through and checks int64/bool for loss', () => {
    expect(castChecked(0.1, 'float64')).toEqual({ ok: true, value: 0.1 });
    expect(castChecked(3, 'int64')).toEqual({ ok: true, value: 3 });
    expect(castChecked(0.5, 'int64').ok).toBe(false);
    expect(castChecked(NaN, 'bool').ok).toBe(false);
  });
});

describe('parseCellText on integers past what a float64 holds exactly', () => {
  const en = (text: string) => {
    const r = parseCellText(text, 'int64');
    return r.ok ? r.value : wordsOf(r.message, 'en');
  };
  it('judges the typed digits, not the double they round to, and names them', () => {
    expect(en('9007199254740991')).toBe(9007199254740991);
    expect(en('-9007199254740991')).toBe(-9007199254740991);
    expect(en('9007199254740993')).toBe(
      "int64 matrix: NumPy's int64 holds 9007199254740993 exactly, but here an int64 value is a float64 number, exact only up to ±9007199254740991 (2**53 − 1); use a smaller integer, or switch dtype to float64 (where NumPy rounds it too)",
    );
    expect(en('-9_007_199_254_740_993')).toMatch(/holds -9007199254740993 exactly/);
    expect(en('9007199254740992')).toMatch(/holds 9007199254740992 exactly/);
  });
  it("past int64, gives NumPy's own OverflowError, for an integer and for a float like 1e20", () => {
    expect(en('9223372036854775808')).toBe(
      'int64 matrix: OverflowError: Python int too large to convert to C long; switch dtype to float64',
    );
    expect(en('1e20')).toMatch(/OverflowError: Python int too large to convert to C long/);
    expect(en('1e16')).toMatch(/holds 10000000000000000 exactly/);
  });
  it('keeps such numbers in a float64 matrix, where NumPy rounds them too', () => {
    const r = parseCellText('9007199254740993', 'float64');
    expect(r.ok && r.value).toBe(9007199254740992);
  });
  it('words the refusal in Japanese too', () => {
    const r = parseCellText('9007199254740993', 'int64');
    expect(r.ok ? null : wordsOf(r.message, 'ja')).toMatch(
      /^int64 の行列です。NumPy の int64 は 9007199254740993 を正確に保ちますが/,
    );
  });
});
