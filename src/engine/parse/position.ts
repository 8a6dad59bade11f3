import { ParseError } from '../errors';
import type { ParseIssue, Place } from './issues';

/** 1-based line and column of `offset` in `text`; `\r\n`, `\n` and a lone `\r` each end a line. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** A ParseError for `issue` at character `offset` of `text`. */
export function parseErrorAt(text: string, offset: number, issue: ParseIssue): ParseError {
  const { line, column } = lineColumn(text, offset);
  return new ParseError(issue, line, column, offset);
}

/** The line and column of another place in the same text, for a message that points back at it. */
export function placeOf(text: string, offset: number): Place {
  return lineColumn(text, offset);
}
