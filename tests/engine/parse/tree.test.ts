import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/engine';
import { Leaves, PARSE_LIMITS } from '../../../src/engine/parse/tree';

function leaves(...kinds: ('int' | 'float' | 'bool')[]): Leaves {
  const l = new Leaves('text');
  kinds.forEach((k, i) => l.push(i, k, 0));
  return l;
}

describe('Leaves', () => {
  it('push returns each leaf’s index in reading order and keeps value, kind and offset', () => {
    const l = new Leaves('[7, 8]');
    expect([l.push(7, 'int', 1), l.push(8, 'int', 4)]).toEqual([0, 1]);
    expect([l.values, l.starts, l.count]).toEqual([[7, 8], [1, 4], 2]);
  });
  it('inferred() follows np.array: any float → float64, else any int → int64, else bool, none → float64', () => {
    expect(leaves('int', 'float', 'bool').inferred()).toBe('float64');
    expect(leaves('bool', 'int').inferred()).toBe('int64');
    expect(leaves('bool', 'bool').inferred()).toBe('bool');
    expect(leaves().inferred()).toBe('float64');
  });
  it('push refuses the element past the limit with a ParseError at that element', () => {
    const l = new Leaves('abc');
    for (let i = 0; i < PARSE_LIMITS.maxElements; i++) l.push(0, 'int', 0);
    expect(() => l.push(0, 'int', 2)).toThrow(ParseError);
    expect(() => l.push(0, 'int', 2)).toThrow(/tooManyElements \{"limit":65536\} \(line 1, column 3\)/);
  });
  it('reserve(n) fails before materialising n more leaves past the limit', () => {
    const l = new Leaves('range(10**9)');
    expect(() => l.reserve(PARSE_LIMITS.maxElements, 0)).not.toThrow();
    expect(() => l.reserve(PARSE_LIMITS.maxElements + 1, 0)).toThrow(ParseError);
  });
});
