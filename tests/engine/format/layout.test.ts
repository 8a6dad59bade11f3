import { describe, expect, it } from 'vitest';
import { layoutArray, type LayoutOptions } from '../../../src/engine/format/layout';

const str: LayoutOptions = { lineWidth: 75, prefix: '', separator: ' ', summarise: false, edgeItems: 3 };
const repr: LayoutOptions = {
  lineWidth: 74,
  prefix: 'array(',
  separator: ', ',
  summarise: false,
  edgeItems: 3,
};
const words = (n: number, w = 'x') => Array.from({ length: n }, () => w);

describe('layoutArray', () => {
  it('layoutArray of a 0-d shape is the bare word', () => {
    expect(layoutArray([], ['3.'], str)).toBe('3.');
  });
  it('layoutArray brackets rows and indents each under its [', () => {
    expect(layoutArray([2, 2], ['1', '2', '3', '4'], str)).toBe('[[1 2]\n [3 4]]');
    expect(layoutArray([2, 2], ['1', '2', '3', '4'], repr)).toBe('[[1, 2],\n       [3, 4]]');
  });
  it('layoutArray separates 3-d blocks by a blank line, 4-d blocks by two', () => {
    const w = ['0', '1', '2', '3', '4', '5', '6', '7'];
    expect(layoutArray([2, 2, 2], w, str)).toBe('[[[0 1]\n  [2 3]]\n\n [[4 5]\n  [6 7]]]');
    expect(layoutArray([2, 1, 1, 1], ['a', 'b'], str)).toBe('[[[[a]]]\n\n\n [[[b]]]]');
  });
  it('layoutArray wraps a row once a word would pass the line width, leaving room for ]', () => {
    // "[" + 37 one-letter words + 36 spaces + "]" is exactly 75 characters: fits. One more word wraps.
    const fits = layoutArray([37], words(37), str);
    expect(fits).not.toContain('\n');
    expect(fits).toHaveLength(75);
    const wrapped = layoutArray([38], words(38), str).split('\n');
    expect(wrapped).toHaveLength(2);
    expect(wrapped[1]).toBe(' x]');
    expect(wrapped[0].endsWith(' ')).toBe(false);
  });
  it('layoutArray never wraps before a row’s first word, however long', () => {
    expect(layoutArray([1], ['w'.repeat(100)], str)).toBe(`[${'w'.repeat(100)}]`);
  });
  it('layoutArray inserts ... between the edges of long axes when summarising', () => {
    const opts = { ...str, summarise: true };
    expect(layoutArray([8], ['0', '1', '2', '5', '6', '7'], opts)).toBe('[0 1 2 ... 5 6 7]');
    expect(layoutArray([7, 1], ['a', 'b', 'c', 'x', 'y', 'z'], opts)).toBe(
      '[[a]\n [b]\n [c]\n ...\n [x]\n [y]\n [z]]',
    );
  });
});
