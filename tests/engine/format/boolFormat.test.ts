import { describe, expect, it } from 'vitest';
import { formatBools } from '../../../src/engine/format/boolFormat';

describe('formatBools', () => {
  it('formatBools pads True to the width of False inside arrays', () => {
    expect(formatBools([1, 0], false)).toEqual([' True', 'False']);
  });
  it('formatBools prints a bare True for a 0-d array', () => {
    expect(formatBools([1], true)).toEqual(['True']);
  });
});
