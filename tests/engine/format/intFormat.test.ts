import { describe, expect, it } from 'vitest';
import { formatInts } from '../../../src/engine/format/intFormat';

describe('formatInts', () => {
  it('formatInts right-aligns every value to the widest, sign included', () => {
    expect(formatInts([0, 10, -3])).toEqual([' 0', '10', '-3']);
    expect(formatInts([1, -22, 333, 4])).toEqual(['  1', '-22', '333', '  4']);
  });
  it('formatInts prints large int64 values in full', () => {
    expect(formatInts([9007199254740991, 0])).toEqual(['9007199254740991', '               0']);
  });
  it('formatInts of nothing is nothing', () => {
    expect(formatInts([])).toEqual([]);
  });
});
