import { describe, expect, it } from 'vitest';
import { arange, array, tensor } from '../../../src/engine';
import { planIndex } from '../../../src/engine/ops/fancyIndex';

describe('planIndex', () => {
  it('planIndex gives one offset per picked element and the block of trailing values', () => {
    const y = tensor([2, 3], 'float64', new Float64Array(6));
    const plan = planIndex(y, [arange(2), array([2, -3])], 'test');
    expect(Array.from(plan.offsets)).toEqual([2, 3]);
    expect(plan.block).toBe(1);
    expect(plan.shape).toEqual([2]);
  });
  it('planIndex with fewer indices than axes keeps the rest as contiguous blocks', () => {
    const y = tensor([3, 2, 2], 'float64', new Float64Array(12));
    const plan = planIndex(y, [array([2, 0])], 'test');
    expect(Array.from(plan.offsets)).toEqual([8, 0]);
    expect(plan.block).toBe(4);
    expect(plan.shape).toEqual([2, 2, 2]);
  });
  it('planIndex turns a 2-D bool mask into the row-major positions of its True values', () => {
    const y = tensor([2, 2], 'float64', new Float64Array(4));
    const plan = planIndex(
      y,
      [
        array([
          [true, false],
          [false, true],
        ]),
      ],
      'test',
    );
    expect(Array.from(plan.offsets)).toEqual([0, 3]);
    expect(plan.shape).toEqual([2]);
  });
  it('planIndex names the op in its errors', () => {
    const y = tensor([2], 'float64', new Float64Array(2));
    try {
      planIndex(y, [array([3])], 'getitem');
      throw new Error('no error');
    } catch (e) {
      expect((e as { op: string }).op).toBe('getitem');
      expect((e as { kind: string }).kind).toBe('IndexError');
    }
  });
});
