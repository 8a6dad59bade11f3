import { describe, expect, it } from 'vitest';
import { defaultCellInputs } from '../../../src/notebook/cells';
import { RELU_PITFALLS } from '../../../src/notebook/pitfalls/relu';
import { computeRelu } from '../../../src/store/selectors/relu';

describe('RELU_PITFALLS', () => {
  it('dout-is-x offers dout = ones, after which the warning is gone', () => {
    const inputs = defaultCellInputs('relu');
    const [fix] = RELU_PITFALLS['dout-is-x'].fixes!(inputs);
    expect(fix.patch).toEqual({ dout: 'ones' });
    expect(computeRelu({ ...inputs, dout: 'ones' }).warnings.map((w) => w.code)).not.toContain('dout-is-x');
  });

  it("relu-int-input offers x.astype(float) for the seed's range(10) example", () => {
    const inputs = defaultCellInputs('relu');
    const [fix] = RELU_PITFALLS['relu-int-input'].fixes!(inputs);
    expect(fix.patch.matrices!.x.dtype).toBe('float64');
  });

  it("relu-inplace-dout explains the seed's overwritten x and offers no click: the notebook never mutates", () => {
    expect(RELU_PITFALLS['relu-inplace-dout'].fixes).toBeUndefined();
    expect(RELU_PITFALLS['relu-inplace-dout'].did.en).toContain('[[1. 0.] [0. 3.]]');
  });
});
