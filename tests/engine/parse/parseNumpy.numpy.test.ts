import { describe, expect, it } from 'vitest';
import { parseNumpy, ParseError } from '../../../src/engine';
import { decode, parseFixture, type Expected } from './parseFixture';
import { english } from './english';

// Texts printed by NumPy (scripts/fixtures/gen_parse.py); the expected arrays are what Python reads back.

function expectArray(text: string, expected: Expected): void {
  const t = parseNumpy(text);
  expect(t.shape).toEqual(expected.shape);
  expect(t.dtype).toBe(expected.dtype);
  // toEqual compares with Object.is: NaN matches NaN and -0 differs from 0.
  expect(Array.from(t.data)).toEqual(decode(expected.data));
}

describe('parseNumpy on NumPy’s own printouts', () => {
  it('the fixture holds at least 100 arrays', () => {
    expect(parseFixture.cases.length).toBeGreaterThanOrEqual(100);
  });
  for (const { name, forms } of parseFixture.cases) {
    for (const { form, text, expected } of forms) {
      it(`parseNumpy(${form} of ${name}) gives what NumPy reads back`, () => expectArray(text, expected));
    }
  }
  for (const { text, expected } of parseFixture.seed) {
    it(`parseNumpy reads the seed notebook’s printout ${JSON.stringify(text.slice(0, 40))}`, () =>
      expectArray(text, expected));
  }
  it('np.array(...) and numpy.array(...) read a repr like array(...)', () => {
    for (const { forms } of parseFixture.cases) {
      const repr = forms.find((f) => f.form === 'repr' && f.text.startsWith('array('));
      if (!repr) continue;
      expectArray(`np.${repr.text}`, repr.expected);
      expectArray(`numpy.${repr.text}`, repr.expected);
    }
  });
  it('a >>> prompt, an x = assignment and Windows line endings change nothing', () => {
    for (const { forms } of parseFixture.cases) {
      for (const { form, text, expected } of forms) {
        if (form === 'str' && !text.startsWith('[')) continue;
        expectArray(`>>> x = ${text.replace(/\n/g, '\r\n')}\r\n`, expected);
      }
    }
  });
});

describe('parseNumpy on bad input', () => {
  for (const { text, line, column, message } of parseFixture.bad) {
    it(`parseNumpy(${JSON.stringify(text.slice(0, 40))}) throws ParseError at ${line}:${column}`, () => {
      let error: unknown;
      try {
        parseNumpy(text);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ParseError);
      const pe = error as ParseError;
      expect(english(pe)).toContain(message);
      expect([pe.line, pe.column]).toEqual([line, column]);
    });
  }
});
