import { describe, expect, it } from 'vitest';
import type { ParseError } from '../../../src/engine';
import { parseTree } from '../../../src/engine/parse/parser';
import { shapeOf } from '../../../src/engine/parse/shape';
import { english } from './english';

function shape(text: string): number[] {
  const { root, leaves } = parseTree(text);
  return shapeOf(root, text, leaves.starts);
}

function failure(text: string): { reason: string; at: [number, number] } {
  try {
    shape(text);
  } catch (e) {
    const { line, column } = e as ParseError;
    return { reason: english(e), at: [line, column] };
  }
  throw new Error(`no error for ${text}`);
}

describe('shapeOf', () => {
  it('reads the shape along the first items, as np.array does', () => {
    expect(shape('5')).toEqual([]);
    expect(shape('[1, 2, 3]')).toEqual([3]);
    expect(shape('[[1, 2, 3], [4, 5, 6]]')).toEqual([2, 3]);
    expect(shape('[[[1], [2]]]')).toEqual([1, 2, 1]);
  });
  it('stops at the first empty list: [] is (0,), [[], []] is (2, 0)', () => {
    expect(shape('[]')).toEqual([0]);
    expect(shape('[[], []]')).toEqual([2, 0]);
  });
  it('names a short or long row and points at its bracket', () => {
    expect(failure('[[1, 2],\n [3]]')).toEqual({ reason: 'row 2 has 1 element but row 1 has 2', at: [2, 2] });
    expect(failure('[[1], [2, 3]]').reason).toBe('row 2 has 2 elements but row 1 has 1');
    expect(failure('[[], [1]]').reason).toBe('row 2 has 1 element but row 1 has 0');
  });
  it('names rows inside blocks for 3-D input, and blocks of different sizes', () => {
    expect(failure('[[[1, 2], [3, 4]], [[5, 6], [7]]]').reason).toBe(
      'row 2 of block 2 has 1 element but row 1 of block 1 has 2',
    );
    expect(failure('[[[1, 2], [3, 4]], [[5, 6]]]').reason).toBe('block 2 has 1 row but block 1 has 2');
  });
  it('points at a number standing where a list should be, and at a list where a number should be', () => {
    expect(failure('[[1, 2], 3]')).toEqual({
      reason: 'row 2 is a single number but row 1 is a list of 2 elements',
      at: [1, 10],
    });
    expect(failure('[1, [2, 3]]')).toEqual({
      reason: 'element 2 is a list but element 1 is a single number',
      at: [1, 5],
    });
    expect(failure('[[1, 2], [3, [4]]]').reason).toBe(
      'element 2 of row 2 is a list but element 1 of row 1 is a single number',
    );
  });
});
