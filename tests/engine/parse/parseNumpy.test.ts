import { describe, expect, it } from 'vitest';
import { parseNumpy, ParseError, PARSE_LIMITS, toNested } from '../../../src/engine';
import { LIMITS } from '../../../src/share/limits';
import { english } from './english';

function reason(text: string, dtype?: 'float64' | 'int64' | 'bool'): string {
  try {
    parseNumpy(text, dtype);
  } catch (e) {
    if (e instanceof ParseError) return `${e.line}:${e.column} ${english(e)}`;
    throw e;
  }
  throw new Error(`no error for ${JSON.stringify(text)}`);
}

describe('parseNumpy', () => {
  it('parseNumpy(print(x) of the seed) gives the seed’s x', () => {
    const t = parseNumpy('[[ 1.  -0.5]\n [-2.   3. ]]');
    expect([t.dtype, t.shape, toNested(t)]).toEqual([
      'float64',
      [2, 2],
      [
        [1, -0.5],
        [-2, 3],
      ],
    ]);
  });
  it('parseNumpy reads every way the seed writes or prints an array', () => {
    const ways = [
      'np.array([[1.0,-0.5], [-2.0,3.0]])',
      'x = np.array([[1.0,-0.5], [-2.0,3.0]])',
      'array([[ 1. , -0.5],\n       [-2. ,  3. ]])',
      '>>> np.array([[1.0, -0.5],\n...           [-2.0, 3.0]])',
      '[[1.0, -0.5], [-2.0, 3.0],]',
      '1\t-0.5\r\n-2\t3.0\r\n',
    ];
    for (const text of ways)
      expect(toNested(parseNumpy(text))).toEqual([
        [1, -0.5],
        [-2, 3],
      ]);
  });
  it('parseNumpy infers the dtype as np.array: float literal → float64, else int → int64, else bool', () => {
    expect(parseNumpy('[1, 2.]').dtype).toBe('float64');
    expect(parseNumpy('[1, 1e3]').dtype).toBe('float64');
    expect(parseNumpy('[1, nan]').dtype).toBe('float64');
    expect(parseNumpy('[1, -inf]').dtype).toBe('float64');
    expect(parseNumpy('[True, 2]').dtype).toBe('int64');
    expect(parseNumpy('[True, False]').dtype).toBe('bool');
    expect(parseNumpy('[true, false]').dtype).toBe('bool');
    expect(parseNumpy('[]').dtype).toBe('float64');
  });
  it('parseNumpy keeps -0., nan and ±inf exactly', () => {
    const t = parseNumpy('[-0. nan inf -inf]');
    expect(Array.from(t.data)).toEqual([-0, NaN, Infinity, -Infinity]);
  });
  it('parseNumpy(text, dtype) casts as np.array(..., dtype=) does, after a dtype= in the text', () => {
    expect(toNested(parseNumpy('[1.7, -1.7]', 'int64'))).toEqual([1, -1]);
    expect(toNested(parseNumpy('[0, 2, nan]', 'bool'))).toEqual([false, true, true]);
    expect(parseNumpy('array([1, 2], dtype=bool)', 'float64').data).toEqual(Float64Array.of(1, 1));
    expect(parseNumpy('[]', 'int64').dtype).toBe('int64');
  });
  it('parseNumpy(text, "int64") points at a value an integer cannot hold', () => {
    expect(reason('[1.5,\n nan]', 'int64')).toBe(
      '2:2 NaN cannot be converted to int64: only finite numbers can',
    );
  });
  it('parseNumpy gives a 0-d array for a bare scalar, however it is written', () => {
    for (const text of ['3', '-2.5', 'np.float64(0.5)', 'array(0.5)', 'True', '  -inf\n']) {
      expect(parseNumpy(text).shape).toEqual([]);
    }
  });
  it('parseNumpy reads a table without brackets: one line 1-D, several lines 2-D', () => {
    expect(parseNumpy('1, 2, 3').shape).toEqual([3]);
    expect(parseNumpy('1 2 3\n4 5 6').shape).toEqual([2, 3]);
    expect(parseNumpy('0.5\n1.5\n').shape).toEqual([2, 1]);
  });
  it('parseNumpy refuses a summarised printout and says how to print in full', () => {
    expect(reason('[   0    1    2 ... 1997 1998 1999]')).toBe(
      "1:17 this printout is summarised: NumPy replaced elements with '...', so the array cannot be recovered. " +
        'Paste x.tolist() instead, or print after np.set_printoptions(threshold=sys.maxsize)',
    );
  });
  it('parseNumpy refuses ragged rows, naming the rows', () => {
    expect(reason('[[1, 2], [3]]')).toBe('1:10 row 2 has 1 element but row 1 has 2');
  });
  it('parseNumpy refuses empty input with a hint of what to paste', () => {
    expect(reason('')).toBe('1:1 there is nothing to read: paste an array such as [[1, 2], [3, 4]]');
    expect(reason('# just a comment')).toMatch(/nothing to read/);
  });
  it('parseNumpy refuses more than 2 MiB of text before reading any of it', () => {
    const text = '1 '.repeat(PARSE_LIMITS.maxChars / 2) + '1';
    expect(reason(text)).toBe(
      '1:1 the text is 2.0 MB long: the limit is 2.0 MB, so it was not read (your draft is kept)',
    );
  });
  it('parseNumpy refuses more than 65,536 elements at the first element too many', () => {
    const row = `[${'0,'.repeat(31)}0],`;
    const text = '[' + row.repeat(PARSE_LIMITS.maxElements / 32) + '[1]]';
    expect(reason(text)).toBe(
      `1:${text.indexOf('[1]') + 2} too many numbers: the limit is 65,536 elements, the most a matrix here can hold (and a link can carry)`,
    );
  });
  it('parseNumpy refuses a dimension past 4,096 at its first item too many, in lists, tables and shape=', () => {
    expect(reason('[' + '0,'.repeat(4096) + '1]')).toBe(
      `1:${2 * 4096 + 2} 4,097 along one dimension is too long: the limit is 4,096`,
    );
    expect(reason('0\n'.repeat(4097))).toMatch(/^4097:1 4,097 along one dimension is too long/);
    expect(reason('array([], shape=(5000, 0))')).toMatch(/^1:11 5,000 along one dimension is too long/);
    expect(parseNumpy('[' + '0,'.repeat(4095) + '1]').shape).toEqual([4096]);
  });
  it('keeps the element and dimension caps equal to those a shared link passes', () => {
    expect(PARSE_LIMITS.maxElements).toBe(LIMITS.maxElements);
    expect(PARSE_LIMITS.maxDimLength).toBe(LIMITS.maxDimLength);
  });
});

/** The refusal's code and params, and where. */
function refusal(text: string, dtype?: 'float64' | 'int64' | 'bool'): unknown {
  try {
    parseNumpy(text, dtype);
  } catch (e) {
    if (e instanceof ParseError) return { ...e.issue, at: [e.line, e.column] };
    throw e;
  }
  throw new Error(`no error for ${text}`);
}

describe('parseNumpy on integers a float64 cannot hold exactly', () => {
  it('refuses an int literal at or past 2**53, judged on its digits, naming the exact digits', () => {
    expect(refusal('[9007199254740993, 1]')).toEqual({
      code: 'intBeyondExact',
      params: { spelling: '9007199254740993' },
      at: [1, 2],
    });
    expect(refusal('[1, -9007199254740993]')).toMatchObject({ code: 'intBeyondExact', at: [1, 6] });
    expect(refusal('9007199254740992')).toMatchObject({ code: 'intBeyondExact' });
    expect(refusal('[9223372036854775807]')).toMatchObject({ code: 'intBeyondExact' });
    expect(refusal('[-9223372036854775808]')).toMatchObject({ code: 'intBeyondExact' });
    expect(refusal('[True, 9007199254740993]')).toMatchObject({ code: 'intBeyondExact' });
    expect(refusal('np.int64(9007199254740993)')).toMatchObject({ code: 'intBeyondExact' });
    expect(refusal('range(9007199254740990, 9007199254740994)')).toMatchObject({ code: 'intBeyondExact' });
  });
  it('says what it would read as, in English words', () => {
    expect(reason('[9007199254740993, 1]')).toMatch(
      /^1:2 the integer 9007199254740993 is at or past 2\*\*53: NumPy's int64 holds it exactly, .* it would read as 9007199254740992\./,
    );
    expect(reason('[9223372036854775807]')).toMatch(/would read as 9223372036854775808\./);
  });
  it('keeps the largest exact integers, and float literals past 2**53 (float64 in NumPy, rounded as NumPy does)', () => {
    expect(toNested(parseNumpy('[9007199254740991, -9007199254740991]'))).toEqual([
      9007199254740991, -9007199254740991,
    ]);
    expect(parseNumpy('[9007199254740993.0]')).toMatchObject({ dtype: 'float64' });
    expect(parseNumpy('[9007199254740993.0]').data[0]).toBe(9007199254740992);
    expect(parseNumpy('1e20').dtype).toBe('float64');
  });
  it('past int64, says what NumPy would make instead: uint64 to 2**64 − 1, then Python objects', () => {
    expect(refusal('[9223372036854775808]')).toMatchObject({
      code: 'intBeyondInt64',
      params: { numpyDtype: 'uint64' },
    });
    expect(refusal('[18446744073709551616]')).toMatchObject({ params: { numpyDtype: 'object' } });
    expect(refusal('[-9223372036854775809]')).toMatchObject({ params: { numpyDtype: 'object' } });
  });
  it('casting a float to int64 past 2**63 raises NumPy’s own OverflowError; past 2**53 it is refused too', () => {
    expect(refusal('np.array([1e20], dtype=np.int64)')).toMatchObject({
      code: 'int64Overflow',
      params: { value: '100000000000000000000' },
    });
    expect(reason('[1e20]', 'int64')).toMatch(/OverflowError: Python int too large to convert to C long/);
    expect(refusal('[1, 1e16]', 'int64')).toMatchObject({
      code: 'intBeyondExact',
      params: { spelling: '10000000000000000' },
      at: [1, 5],
    });
    expect(toNested(parseNumpy('[-9007199254740991.0]', 'int64'))).toEqual([-9007199254740991]);
  });
});

describe('parseNumpy on full-width text from a Japanese input method', () => {
  it('refuses it as Python does, naming the character, its code point, where it is and its half-width form', () => {
    expect(refusal('［１，２］')).toEqual({
      code: 'fullWidth',
      params: { char: '［', codePoint: 'U+FF3B', halfWidth: '[' },
      at: [1, 1],
    });
    expect(refusal('[1, １．５]')).toMatchObject({ params: { char: '１' }, at: [1, 5] });
    expect(refusal('[1.5, 2, －３]')).toMatchObject({ params: { char: '－', halfWidth: '-' }, at: [1, 10] });
    expect(refusal('[1．5]')).toMatchObject({ params: { char: '．', halfWidth: '.' }, at: [1, 3] });
    expect(refusal('[1、2]')).toMatchObject({ params: { char: '、', codePoint: 'U+3001', halfWidth: ',' } });
    expect(refusal('ｎｐ．ａｒｒａｙ([1])')).toMatchObject({ params: { char: 'ｎ', halfWidth: 'n' } });
    expect(refusal('np.array([1]，dtype=int)')).toMatchObject({ params: { char: '，' }, at: [1, 13] });
    expect(reason('［１，２］')).toBe(
      "1:1 invalid character '［' (U+FF3B), as Python says: it is a full-width '[' (from a Japanese input method), and Python and NumPy read only half-width characters",
    );
  });
  it('reads a full-width space as a space (pastes carry them) and full-width text in a comment', () => {
    expect(toNested(parseNumpy('[1,\u30002]'))).toEqual([1, 2]);
    expect(toNested(parseNumpy('[1, 2]  # 入力１'))).toEqual([1, 2]);
  });
});
