import { describe, expect, it } from 'vitest';
import { array, tensor } from '../../../src/engine';
import { reductionLayout } from '../../../src/engine/ops/reduction';

describe('reductionLayout', () => {
  it('reductionLayout splits the shape around the axis into outer blocks, length and inner stride', () => {
    const x = tensor([2, 3, 4], 'float64', new Float64Array(24));
    expect(reductionLayout(x, 1, 'op')).toEqual({ outShape: [2, 4], outer: 2, len: 3, inner: 4 });
    expect(reductionLayout(x, undefined, 'op')).toEqual({ outShape: [], outer: 1, len: 24, inner: 1 });
  });
  it('reductionLayout lets a 0-d array reduce along axis 0 and rejects other axes', () => {
    expect(reductionLayout(array(2.5), 0, 'op').len).toBe(1);
    expect(() => reductionLayout(array(2.5), 1, 'op')).toThrow(
      'axis 1 is out of bounds for array of dimension 1',
    );
  });
});
