import { describe, expect, it } from 'vitest';
import { PARSE_WORDS, parseReason } from '../../../src/components/MatrixEditor/parseWords';
import { ParseError, parseNumpy, type ParseCode, type ParseIssue } from '../../../src/engine';
import { LANGS } from '../../../src/i18n/lang';

/** A text the parser refuses with each code (and `dtype` for parseNumpy's second argument). */
const TEXTS: Readonly<Record<ParseCode, readonly [string, ('int64' | 'bool')?]>> = {
  unexpected: ['[1 }'],
  endedEarly: ['np.array([1], dtype='],
  neverClosed: ['[1, 2'],
  wrongCloser: ['[1)'],
  summarised: ['[0 ... 9]'],
  unknownName: ['foo'],
  unknownFunction: ['foo(1)'],
  noneNotNumber: ['[1, None]'],
  constantCalled: ['inf()'],
  typeNotNumber: ['np.float64'],
  mustBeCalled: ['[range]'],
  noExponentDigits: ['[1e]'],
  runTogether: ['1.2.3'],
  glued: ['12abc'],
  intBeyondInt64: ['[9223372036854775808]'],
  intBeyondExact: ['[9007199254740993, 1]'],
  int64Overflow: ['[1e20]', 'int64'],
  unclosedQuote: ["'abc"],
  fullWidth: ['［１，２］'],
  nothingToRead: [''],
  afterEnd: ['[1] [2]'],
  signAlone: ['[1, - 2]'],
  plainNumberHere: ['np.float64(np.int64(1))'],
  signBeforeBool: ['[-True]'],
  callNeedsValue: ['np.array()'],
  callNeedsList: ['list(3)'],
  tooDeep: ['['.repeat(65) + ']'.repeat(65)],
  unsupportedArgument: ["np.array([1], order='C')"],
  arrayTooManyArgs: ['np.array([1], float, 3)'],
  onlyOutermost: ['[np.array([1], dtype=int)]'],
  givenTwice: ['np.array([1], int, dtype=int)'],
  unknownDtype: ['np.array([1], dtype=wobble)'],
  unsupportedDtype: ['np.array([1], dtype=complex128)'],
  textNotNumber: ["float('abc')"],
  cannotConvert: ['np.int64(nan)'],
  rangeNeedsFinite: ['np.arange(inf)'],
  arangeBool: ['np.arange(3, dtype=bool)'],
  rangeNeedsWhole: ['range(2.5)'],
  rangeArgCount: ['range()'],
  rangeZeroStep: ['range(0, 5, 0)'],
  tooManyElements: [`[${'range(4000),'.repeat(17)}]`],
  dimTooLong: ['np.arange(5000)'],
  textTooLong: [' '.repeat(2 * 1024 * 1024 + 1)],
  emptyLine: ['1 2\n\n3 4'],
  raggedLength: ['[[1, 2], [3]]'],
  numberNotList: ['[[1, 2], 3]'],
  listNotNumber: ['[1, [2, 3]]'],
  shapeMismatch: ['array([], shape=(2, 3))'],
  nonFiniteToInt: ['[1.5, nan]', 'int64'],
};

function refusal(text: string, dtype?: 'int64' | 'bool'): ParseIssue {
  try {
    parseNumpy(text, dtype);
  } catch (e) {
    if (e instanceof ParseError) return e.issue;
    throw e;
  }
  throw new Error(`no refusal for ${text.slice(0, 40)}`);
}

describe('parseWords', () => {
  it('every parse code the parser returns has words in both languages, with its params filled in', () => {
    for (const [code, [text, dtype]] of Object.entries(TEXTS)) {
      const issue = refusal(text, dtype);
      expect(issue.code, text.slice(0, 40)).toBe(code);
      for (const lang of LANGS) {
        const words = parseReason(issue, lang);
        expect(words.length, `${code} in ${lang}`).toBeGreaterThan(5);
        expect(words, `${code} in ${lang}`).not.toMatch(/undefined|\[object Object\]/);
      }
      // The two languages say different things (a copied table would pass the checks above).
      if (code !== 'cannotConvert') expect(parseReason(issue, 'ja')).not.toBe(parseReason(issue, 'en'));
    }
  });
  it('the texts above cover every code both tables word, and the tables word the same codes', () => {
    expect(Object.keys(TEXTS).sort()).toEqual(Object.keys(PARSE_WORDS.en).sort());
    expect(Object.keys(PARSE_WORDS.ja).sort()).toEqual(Object.keys(PARSE_WORDS.en).sort());
  });
  it('the Japanese words hold no English prose beyond code, NumPy’s names and Python’s own errors', () => {
    for (const [text, dtype] of Object.values(TEXTS)) {
      const ja = parseReason(refusal(text, dtype), 'ja');
      const prose = ja
        .replace(/OverflowError: Python int too large to convert to C long/, '')
        .replace(/invalid character/, '')
        .replace(/'[^']*'|\S*\([^)]*\)\S*|[\w.*=\-+]+/g, (w) =>
          /^[a-z]{3,}$/.test(w) &&
          !/^(dtype|uint|inf|nan|int|float|bool|object|stop|start|step|range|list|array|np|shape|order|wobble|abc|foo|complex)$/.test(
            w,
          )
            ? w
            : '',
        );
      expect(prose, ja).not.toMatch(/\b(the|is|not|expected|number|unexpected)\b/);
    }
  });
});
