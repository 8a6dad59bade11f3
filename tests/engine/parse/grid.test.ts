import { describe, expect, it } from 'vitest';
import type { ParseError } from '../../../src/engine';
import { readGrid } from '../../../src/engine/parse/grid';
import { Lexer } from '../../../src/engine/parse/lexer';
import { unexpectedToken } from '../../../src/engine/parse/messages';
import { parseErrorAt } from '../../../src/engine/parse/position';
import type { Node } from '../../../src/engine/parse/tree';
import { english } from './english';

/** readGrid over `text` with cells that are plain numbers; leaves shown as their values. */
function grid(text: string): unknown {
  const lex = new Lexer(text);
  const values: number[] = [];
  lex.next();
  const root = readGrid({
    lex,
    scalar() {
      if (lex.kind() !== 'number') throw unexpectedToken(lex, 'number');
      values.push(lex.value);
      lex.next();
      return values.length - 1;
    },
    error: (offset, why) => parseErrorAt(text, offset, why),
    unexpected: (expected) => unexpectedToken(lex, expected),
    tooLong: (at) => parseErrorAt(text, at, { code: 'dimTooLong', params: { length: 4097, limit: 4096 } }),
  });
  const unwrap = (n: Node): unknown => (typeof n === 'number' ? values[n] : n.items.map(unwrap));
  return unwrap(root);
}

function failure(text: string): string {
  try {
    grid(text);
  } catch (e) {
    const { line, column } = e as ParseError;
    return `${line}:${column} ${english(e)}`;
  }
  throw new Error(`no error for ${text}`);
}

describe('readGrid', () => {
  it('reads one line as a 1-D list, with spaces, tabs or commas between cells', () => {
    expect(grid('1 2 3')).toEqual([1, 2, 3]);
    expect(grid('1,2,3')).toEqual([1, 2, 3]);
    expect(grid('1\t2, 3')).toEqual([1, 2, 3]);
  });
  it('reads several lines as rows of a 2-D list, a single column included', () => {
    expect(grid('1\t2\r\n3\t4\r\n')).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(grid('1\n2')).toEqual([[1], [2]]);
  });
  it('keeps a single number a number, but `7,` is a one-element list as in Python', () => {
    expect(grid('  7  ')).toBe(7);
    expect(grid('7,')).toEqual([7]);
  });
  it('marks each row with the offset of its first cell, for ragged-row messages', () => {
    const lex = new Lexer('1 2\n  3 4');
    lex.next();
    const root = readGrid({
      lex,
      scalar: () => (lex.next(), 0),
      error: () => new Error('unused'),
      unexpected: () => new Error('unused'),
      tooLong: () => new Error('unused'),
    });
    expect(typeof root !== 'number' && root.items.map((r) => typeof r !== 'number' && r.start)).toEqual([
      0, 6,
    ]);
  });
  it('refuses a blank line between rows, pointing at it', () => {
    expect(failure('1 2\n\n3 4')).toBe('2:1 this line is empty: every row of a table needs its numbers');
  });
  it('refuses a comma at the start of a row or two commas in a row', () => {
    expect(failure('1 2\n, 3')).toBe(`2:1 unexpected ',': expected a number`);
    expect(failure('1,,2')).toBe(`1:3 unexpected ',': expected a number`);
  });
});
