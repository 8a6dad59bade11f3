import { describe, expect, it } from 'vitest';
import { parseNumpy, ParseError, PARSE_LIMITS, toNested } from '../../../src/engine';

function reason(text: string, dtype?: 'float64' | 'int64' | 'bool'): string {
  try {
    parseNumpy(text, dtype);
  } catch (e) {
    if (e instanceof ParseError) return `${e.line}:${e.column} ${e.reason}`;
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
  it('parseNumpy refuses more than 10 MB of text before reading any of it', () => {
    const text = '1 '.repeat(PARSE_LIMITS.maxChars / 2) + '1';
    expect(reason(text)).toBe('1:1 the text is 10.0 MB long: the limit is 10 MB');
  });
  it('parseNumpy refuses more than 1,000,000 elements at the first element too many', () => {
    const text = '[' + '0,'.repeat(PARSE_LIMITS.maxElements) + '1]';
    expect(reason(text)).toBe(
      `1:${2 * PARSE_LIMITS.maxElements + 2} too many numbers: the limit is 1,000,000 elements`,
    );
  });
});
