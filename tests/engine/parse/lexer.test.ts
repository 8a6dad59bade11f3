import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/engine';
import { Lexer, type TokenKind } from '../../../src/engine/parse/lexer';
import { english } from './english';

function tokens(text: string): { kind: TokenKind; spelling: string }[] {
  const lex = new Lexer(text);
  const out: { kind: TokenKind; spelling: string }[] = [];
  for (lex.next(); lex.kind() !== 'end'; lex.next())
    out.push({ kind: lex.kind(), spelling: text.slice(lex.start, lex.end) });
  return out;
}

function firstNumber(text: string): { value: number; isFloat: boolean } {
  const lex = new Lexer(text);
  lex.next();
  return { value: lex.value, isFloat: lex.isFloat };
}

function lexError(text: string): ParseError {
  try {
    tokens(text);
  } catch (e) {
    return e as ParseError;
  }
  throw new Error(`no error for ${text}`);
}

describe('Lexer', () => {
  it('splits a NumPy str() printout into brackets, signs and numbers', () => {
    expect(tokens('[[ 1.  -0.5]\n [-2.   3. ]]').map((t) => t.spelling)).toEqual([
      '[',
      '[',
      '1.',
      '-',
      '0.5',
      ']',
      '[',
      '-',
      '2.',
      '3.',
      ']',
      ']',
    ]);
  });
  it('reads dotted names, strings and punctuation of a repr as single tokens', () => {
    expect(tokens("np.array([1], dtype='f8');").map((t) => t.kind)).toEqual([
      'name',
      '(',
      '[',
      'number',
      ']',
      ',',
      'name',
      '=',
      'string',
      ')',
      ';',
    ]);
  });
  it('marks float literals by their dot or exponent, as Python does', () => {
    expect(firstNumber('1.').isFloat).toBe(true);
    expect(firstNumber('1e5').isFloat).toBe(true);
    expect(firstNumber('.5').value).toBe(0.5);
    expect(firstNumber('10').isFloat).toBe(false);
    expect(firstNumber('1.e-05').value).toBe(1e-5);
    expect(firstNumber('1.5E3').value).toBe(1500);
  });
  it('reads every number exactly as Number() does, in any notation', () => {
    const spellings = fc.oneof(
      fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }).map(String),
      fc
        .tuple(fc.double({ min: 0, max: 1e21, noNaN: true }), fc.integer({ min: 0, max: 20 }))
        .map(([v, k]) => v.toFixed(k)),
      fc
        .tuple(fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 20 }))
        .map(([v, k]) => v.toExponential(k)),
      fc.stringMatching(/^\d{1,25}(\.\d{0,25})?(e[+-]?\d{1,3})?$/),
    );
    fc.assert(
      fc.property(spellings, (s) => {
        fc.pre(!/^\d+$/.test(s) || BigInt(s) < 2n ** 53n); // larger integers are refused, tested below
        expect(firstNumber(s).value).toBe(Number(s));
      }),
      { numRuns: 2000 },
    );
  });
  it('reads "..." and "…" as the ellipsis of a summarised printout', () => {
    expect(tokens('[0 ... 9]').map((t) => t.kind)).toEqual(['[', 'number', '...', 'number', ']']);
    expect(tokens('…')[0].kind).toBe('...');
  });
  it('skips >>> and In/Out prompts, and ... continuation prompts after >>>', () => {
    expect(tokens('>>> [1,\n... 2]').map((t) => t.spelling)).toEqual(['[', '1', ',', '2', ']']);
    expect(tokens('Out[7]: array([1])')[0].spelling).toBe('array');
    expect(tokens('In [2]: 5')[0].spelling).toBe('5');
    expect(tokens('\n\n  >>> 5')[0].spelling).toBe('5');
    expect(tokens('[1,\n... 2]').map((t) => t.kind)).toContain('...');
  });
  it('treats # comments, no-break spaces and a BOM as whitespace, and U+2212 as a minus', () => {
    expect(tokens('\ufeff1\u00a02 # three\n\u22124').map((t) => t.kind)).toEqual([
      'number',
      'number',
      'sign',
      'number',
    ]);
  });
  it('flags a token that starts a new line, and the first blank line before it', () => {
    const lex = new Lexer('1\r\n\r\n2');
    lex.next();
    expect([lex.newline, lex.blankLine]).toEqual([false, -1]);
    lex.next();
    expect([lex.newline, lex.blankLine]).toEqual([true, 3]);
  });
  it('describes tokens as a learner would name them', () => {
    const lex = new Lexer('] 2.5');
    lex.next();
    expect(lex.describe()).toEqual({ kind: 'char', spelling: ']' });
    lex.next();
    expect(lex.describe()).toEqual({ kind: 'number', spelling: '2.5' });
    lex.next();
    expect(lex.describe()).toEqual({ kind: 'end' });
  });
  it('rejects numbers run together, letters glued to numbers and a bare exponent, where they happen', () => {
    expect(lexError('1.2.3')).toMatchObject({ line: 1, column: 4 });
    expect(english(lexError('3j'))).toMatch(/unexpected 'j' right after the number 3/);
    expect(lexError('[1e+]')).toMatchObject({ column: 5 });
    expect(english(lexError('[1e+]'))).toMatch(/expected digits after 'e'/);
  });
  it('rejects an integer too large for int64 and an unclosed string', () => {
    expect(english(lexError('9223372036854775809'))).toMatch(/too large for int64/);
    expect(english(lexError('9'.repeat(100_000)))).toMatch(/too large for int64/);
    expect(tokens('0000000000000000000000001')[0].kind).toBe('number');
    expect(english(lexError('"abc\n"'))).toMatch(/never closed/);
  });
  it('passes an unknown character on as "other", surrogate pairs whole', () => {
    expect(tokens('{😀').map((t) => [t.kind, t.spelling])).toEqual([
      ['other', '{'],
      ['other', '😀'],
    ]);
  });
});
