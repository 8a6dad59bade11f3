import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/engine';
import { Lexer } from '../../../src/engine/parse/lexer';
import { badName, clip, summarised, unclosed, unexpectedToken } from '../../../src/engine/parse/messages';
import { english } from './english';

/** A lexer moved onto its `n`-th token (1-based). */
function at(text: string, n: number): Lexer {
  const lex = new Lexer(text);
  for (let i = 0; i < n; i++) lex.next();
  return lex;
}

const show = (e: Error): string => `${(e as ParseError).line}:${(e as ParseError).column} ${english(e)}`;

describe('parse messages', () => {
  it('unexpectedToken names the token and what was expected, or says the input ended', () => {
    expect(show(unexpectedToken(at('[1 }', 3), 'number'))).toBe(`1:4 unexpected '}': expected a number`);
    expect(show(unexpectedToken(at('[1,  \n', 4), 'number'))).toBe(
      '1:4 the input ended too early: expected a number',
    );
  });
  it('unexpectedToken on "..." explains the summarised printout instead', () => {
    expect(show(unexpectedToken(at('[0 ... 9]', 3), 'number'))).toMatch(/^1:4 this printout is summarised/);
    expect(summarised(at('[0 ... 9]', 3))).toBeInstanceOf(ParseError);
  });
  it('unclosed points at the end, or at the wrong closer, and names the opener’s place', () => {
    expect(show(unclosed(at('[\n[1', 4), 2, ']'))).toBe(
      `2:3 the '[' at line 2, column 1 is never closed: expected ']'`,
    );
    expect(show(unclosed(at('(1]', 3), 0, ')'))).toBe(
      `1:3 unexpected ']': expected ')' to close the '(' at line 1, column 1`,
    );
  });
  it('clip shortens a long spelling, so a hostile paste cannot blow up a message', () => {
    expect(clip('np.float64')).toBe('np.float64');
    expect(clip('x'.repeat(1_000_000))).toBe(`${'x'.repeat(31)}…`);
    expect(english(badName('', 'y'.repeat(500), undefined, 0, false)).length).toBeLessThan(120);
  });
  it('badName tells an unknown name from an unknown function, None, a constant called and a bare type', () => {
    expect(english(badName('foo', 'foo', undefined, 0, false))).toMatch(/^unknown name 'foo'/);
    expect(english(badName('foo()', 'foo', undefined, 0, true))).toMatch(/^unknown function 'foo'/);
    expect(english(badName('None', 'None', { kind: 'none' }, 0, false))).toMatch(/None is not a number/);
    expect(
      english(badName('inf()', 'inf', { kind: 'constant', value: Infinity, leaf: 'float' }, 0, true)),
    ).toMatch(/'inf' is a value, not a function/);
    expect(english(badName('int', 'int', { kind: 'scalar', dtype: 'int64' }, 0, false))).toMatch(
      /a type, not a number/,
    );
    expect(english(badName('range', 'range', { kind: 'range' }, 0, false))).toMatch(
      /must be called, as in range\(\.\.\.\)/,
    );
  });
});
