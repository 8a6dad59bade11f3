import { describe, expect, it } from 'vitest';
import { array, pyInt } from '../../../src/engine';
import { align } from '../../../src/engine/ops/elementwise';

describe('align', () => {
  it('align broadcasts operands to one shape and expands their values element by element', () => {
    const { shape, size, values } = align('op', array([[1, 2, 3]]), array([[10], [20]]), pyInt(7));
    expect(shape).toEqual([2, 3]);
    expect(size).toBe(6);
    expect(Array.from(values[0])).toEqual([1, 2, 3, 1, 2, 3]);
    expect(Array.from(values[1])).toEqual([10, 10, 10, 20, 20, 20]);
    expect(Array.from(values[2])).toEqual([7, 7, 7, 7, 7, 7]);
  });
  it('align reuses an operand’s own values when it already has the output shape', () => {
    const a = array([1, 2]);
    expect(align('op', a, pyInt(1)).values[0]).toBe(a.data);
  });
});
