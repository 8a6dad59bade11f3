import type { Lexer } from './lexer';
import type { Word } from './names';
import { parseErrorAt, placeText } from './position';

/** The parser's messages in one place, so they stay consistent and learner-friendly. */

/** A spelling short enough to quote in a message: a hostile paste may hold a million-letter "name". */
export function clip(spelling: string, max = 32): string {
  return spelling.length > max ? `${spelling.slice(0, max - 1)}…` : spelling;
}

/** Just past the last character that is not whitespace: where "ended too early" points. */
function endOffset(text: string): number {
  return text.trimEnd().length;
}

/** `unexpected ']': expected a number` at the current token (or at the end of the input). */
export function unexpectedToken(lex: Lexer, expected: string): Error {
  if (lex.kind() === '...') return summarised(lex);
  if (lex.kind() === 'end') {
    return parseErrorAt(lex.text, endOffset(lex.text), `the input ended too early: expected ${expected}`);
  }
  return parseErrorAt(lex.text, lex.start, `unexpected ${lex.describe()}: expected ${expected}`);
}

/** A bracket left open at the end, or met by the wrong closer. */
export function unclosed(lex: Lexer, open: number, closer: string): Error {
  const { text } = lex;
  const opener = `'${text[open]}' at ${placeText(text, open)}`;
  if (lex.kind() === 'end') {
    return parseErrorAt(text, endOffset(text), `the ${opener} is never closed: expected '${closer}'`);
  }
  return parseErrorAt(
    text,
    lex.start,
    `unexpected ${lex.describe()}: expected '${closer}' to close the ${opener}`,
  );
}

/** NumPy's `...` in a long printout: the elements it stands for are lost. */
export function summarised(lex: Lexer): Error {
  return parseErrorAt(
    lex.text,
    lex.start,
    "this printout is summarised: NumPy replaced elements with '...', so the array cannot be recovered. " +
      'Paste x.tolist() instead, or print after np.set_printoptions(threshold=sys.maxsize)',
  );
}

/** A name used wrongly: unknown, None, a constant called, a type or function left uncalled. */
export function badName(
  text: string,
  spelled: string,
  found: Word | undefined,
  at: number,
  called: boolean,
): Error {
  const word = clip(spelled);
  let reason: string;
  if (!found) {
    reason = called
      ? `unknown function '${word}': expected np.array(...), range(...), np.arange(...) or np.float64(...)`
      : `unknown name '${word}': expected a number, True, False, nan or inf`;
  } else if (found.kind === 'none') reason = `${word} is not a number: every element needs a value`;
  else if (found.kind === 'constant') reason = `'${word}' is a value, not a function`;
  else if (found.kind === 'scalar') reason = `'${word}' is a type, not a number: write ${word}(0.5)`;
  else reason = `'${word}' must be called, as in ${word}(...)`;
  return parseErrorAt(text, at, reason);
}
