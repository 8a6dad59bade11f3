import { ParseError } from '../errors';

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

/** A ParseError for `reason` at character `offset` of `text`. */
export function parseErrorAt(text: string, offset: number, reason: string): ParseError {
  const { line, column } = lineColumn(text, offset);
  return new ParseError(reason, line, column);
}

/** `line 2, column 5`: how a message refers to another place in the same text. */
export function placeText(text: string, offset: number): string {
  const { line, column } = lineColumn(text, offset);
  return `line ${line}, column ${column}`;
}
