import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/engine';
import { lineColumn, parseErrorAt, placeOf } from '../../../src/engine/parse/position';

describe('lineColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
  it('counts \\r\\n as one line break and a lone \\r as one too', () => {
    expect(lineColumn('a\r\nb\rc', 3)).toEqual({ line: 2, column: 1 });
    expect(lineColumn('a\r\nb\rc', 5)).toEqual({ line: 3, column: 1 });
  });
  it('places the end of the text just after its last character', () => {
    expect(lineColumn('[1,\n 2', 6)).toEqual({ line: 2, column: 3 });
  });
});

describe('parseErrorAt and placeText', () => {
  it('parseErrorAt(text, offset, issue) is a ParseError carrying the issue as data and the place', () => {
    const e = parseErrorAt('x\n  y', 4, { code: 'unknownName', params: { name: 'y' } });
    expect(e).toBeInstanceOf(ParseError);
    expect(e).toMatchObject({ code: 'unknownName', issue: { params: { name: 'y' } }, line: 2, column: 3 });
    expect(e.offset).toBe(4);
    expect(e.message).toBe('unknownName {"name":"y"} (line 2, column 3)');
  });
  it('placeOf gives the line and column of another place of the same text', () => {
    expect(placeOf('[\n[', 2)).toEqual({ line: 2, column: 1 });
  });
});
