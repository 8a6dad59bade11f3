import { issue, type Expected } from './issues';
import type { Lexer } from './lexer';
import type { Word } from './names';
import { parseErrorAt, placeOf } from './position';

/** The parser's refusals that several readers share, built in one place (as data; see issues.ts). */

/** A spelling short enough to quote in a message: a hostile paste may hold a million-letter "name". */
export function clip(spelling: string, max = 32): string {
  return spelling.length > max ? `${spelling.slice(0, max - 1)}…` : spelling;
}

/** Just past the last character that is not whitespace: where "ended too early" points. */
function endOffset(text: string): number {
  return text.trimEnd().length;
}

/** `unexpected ']': expected a number` at the current token (or at the end of the input). */
export function unexpectedToken(lex: Lexer, expected: Expected): Error {
  if (lex.kind() === '...') return summarised(lex);
  if (lex.kind() === 'end') {
    return parseErrorAt(lex.text, endOffset(lex.text), issue('endedEarly', { expected }));
  }
  return parseErrorAt(lex.text, lex.start, issue('unexpected', { found: lex.describe(), expected }));
}

/** A bracket left open at the end, or met by the wrong closer. */
export function unclosed(lex: Lexer, open: number, closer: string): Error {
  const { text } = lex;
  const opener = text[open];
  const at = placeOf(text, open);
  if (lex.kind() === 'end') {
    return parseErrorAt(text, endOffset(text), issue('neverClosed', { opener, at, closer }));
  }
  return parseErrorAt(text, lex.start, issue('wrongCloser', { found: lex.describe(), opener, at, closer }));
}

/** NumPy's `...` in a long printout: the elements it stands for are lost. */
export function summarised(lex: Lexer): Error {
  return parseErrorAt(lex.text, lex.start, issue('summarised', {}));
}

/** A name used wrongly: unknown, None, a constant called, a type or function left uncalled. */
export function badName(
  text: string,
  spelled: string,
  found: Word | undefined,
  at: number,
  called: boolean,
): Error {
  const name = clip(spelled);
  if (!found) return parseErrorAt(text, at, issue(called ? 'unknownFunction' : 'unknownName', { name }));
  if (found.kind === 'none') return parseErrorAt(text, at, issue('noneNotNumber', { name }));
  if (found.kind === 'constant') return parseErrorAt(text, at, issue('constantCalled', { name }));
  if (found.kind === 'scalar') return parseErrorAt(text, at, issue('typeNotNumber', { name }));
  return parseErrorAt(text, at, issue('mustBeCalled', { name }));
}
