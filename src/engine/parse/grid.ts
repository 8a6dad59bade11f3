import { issue, type Expected, type ParseIssue } from './issues';
import type { Lexer } from './lexer';
import { PARSE_LIMITS, type ListNode, type Node } from './tree';

/** The parser's side a table reader needs. */
export interface GridContext {
  readonly lex: Lexer;
  /** Reads one number and stores it as a leaf; returns the leaf's index. */
  scalar(): number;
  error(offset: number, why: ParseIssue): Error;
  unexpected(expected: Expected): Error;
  /** A row, or a table, longer than one dimension may be. */
  tooLong(at: number): Error;
}

/**
 * A paste without brackets, as from a spreadsheet: rows by line, columns by tabs, commas or spaces.
 * One line gives a 1-D list, several lines a 2-D one, and a single number stays a number (0-d).
 * A blank line between rows is refused: it is most likely an empty cell, which has no value.
 */
export function readGrid(ctx: GridContext): Node {
  const { lex } = ctx;
  const rows: ListNode[] = [];
  let row: ListNode | undefined;
  let comma = false;
  let anyComma = false;
  while (lex.kind() !== 'end') {
    if (!row || lex.newline) {
      if (row && lex.blankLine >= 0) {
        throw ctx.error(lex.blankLine, issue('emptyLine', {}));
      }
      if (rows.length >= PARSE_LIMITS.maxDimLength) throw ctx.tooLong(lex.start);
      row = { items: [], start: lex.start };
      rows.push(row);
      comma = false;
    }
    if (lex.kind() === ',') {
      if (row.items.length === 0 || comma) throw ctx.unexpected('number');
      comma = anyComma = true;
      lex.next();
      continue;
    }
    if (row.items.length >= PARSE_LIMITS.maxDimLength) throw ctx.tooLong(lex.start);
    row.items.push(ctx.scalar());
    comma = false;
  }
  if (rows.length > 1) return { items: rows, start: rows[0].start };
  const only = rows[0];
  // `7,` is a one-element tuple in Python; `7` alone is a number.
  return only.items.length === 1 && !anyComma ? only.items[0] : only;
}
