import { describe, expect, it } from 'vitest';
import {
  gapAfter,
  gridViewOf,
  moveOnAxis,
  shownIndex,
  stepInView,
} from '../../../src/components/MatrixView/gridSummary';

describe('gridViewOf', () => {
  it('shows every row and column up to 1000 elements, as NumPy prints them all', () => {
    const view = gridViewOf(1000, { rows: 10, cols: 100 });
    expect(view.cols.shown).toHaveLength(100);
    expect(view.cols.hidden).toBeNull();
    expect(gapAfter(view.cols)).toBe(-1);
  });

  it('above 1000 elements keeps the first and last 3 of each long axis, hiding the rest', () => {
    const view = gridViewOf(4096, { rows: 64, cols: 64 });
    expect(view.rows.shown).toEqual([0, 1, 2, 61, 62, 63]);
    expect(view.rows.hidden).toEqual({ from: 3, to: 60 });
    expect(gapAfter(view.rows)).toBe(2);
  });

  it('leaves an axis of 6 or fewer whole even when the array is summarised', () => {
    const view = gridViewOf(2002, { rows: 1001, cols: 2 });
    expect(view.cols.shown).toEqual([0, 1]);
    expect(view.cols.hidden).toBeNull();
    expect(view.rows.shown).toEqual([0, 1, 2, 998, 999, 1000]);
  });
});

describe('moving over a summarised axis', () => {
  const axis = gridViewOf(4096, { rows: 64, cols: 64 }).rows;

  it('moveOnAxis jumps over the hidden run both ways and stops at the edges', () => {
    expect(moveOnAxis(axis, 2, 1)).toBe(61);
    expect(moveOnAxis(axis, 61, -1)).toBe(2);
    expect(moveOnAxis(axis, 0, -1)).toBe(0);
    expect(moveOnAxis(axis, 63, 1)).toBe(63);
    expect(moveOnAxis(axis, 1, 1)).toBe(2);
  });

  it('shownIndex moves a hidden index to the last shown one before the gap', () => {
    expect(shownIndex(axis, 30)).toBe(2);
    expect(shownIndex(axis, 62)).toBe(62);
  });

  it('stepInView walks the shown cells in reading order and ends past either corner', () => {
    const view = gridViewOf(4096, { rows: 64, cols: 64 });
    expect(stepInView(view, 0, 2, 1)).toEqual({ row: 0, col: 61 });
    expect(stepInView(view, 2, 63, 1)).toEqual({ row: 61, col: 0 });
    expect(stepInView(view, 61, 0, -1)).toEqual({ row: 2, col: 63 });
    expect(stepInView(view, 63, 63, 1)).toBeNull();
    expect(stepInView(view, 0, 0, -1)).toBeNull();
  });
});
