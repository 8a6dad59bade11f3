import { describe, expect, it } from 'vitest';
import { array, formatNumpy } from '../../../src/engine';
import { CELLS, defaultCellInputs, presetInputs } from '../../../src/notebook/cells';
import { AFFINE_PITFALLS } from '../../../src/notebook/pitfalls/affine';
import { computeBatchAffine } from '../../../src/store/selectors/batchAffine';
import type { CellInputs } from '../../../src/store/types';

const apply = (inputs: CellInputs, code: string): CellInputs => {
  const [fix] = AFFINE_PITFALLS[code].fixes!(inputs);
  return {
    ...inputs,
    matrices: { ...inputs.matrices, ...fix.patch.matrices },
    dout: fix.patch.dout ?? inputs.dout,
  };
};

describe('affine-w-1d', () => {
  it("with the seed's batch example, offers to replay the seed's Affine(X, B)", () => {
    const inputs = defaultCellInputs('batch-affine');
    const [fix] = AFFINE_PITFALLS['affine-w-1d'].fixes!(inputs);
    expect(fix.id).toBe('load-seed-slip');
    const slip = apply(inputs, 'affine-w-1d');
    expect(computeBatchAffine(slip).warnings.map((w) => w.code)).toContain('affine-w-1d');
  });

  it('once W is 1-D, offers a 2-D W and B that make every output work', () => {
    const slipPreset = CELLS['batch-affine'].presets.find((p) => p.id === 'seed-slip')!;
    const slip = presetInputs(CELLS['batch-affine'], slipPreset);
    const fixed = apply(slip, 'affine-w-1d');
    expect(fixed.matrices.W.shape).toEqual([2, 3]);
    const o = computeBatchAffine(fixed);
    expect(o.warnings.map((w) => w.code)).not.toContain('affine-w-1d');
    for (const name of ['out', 'dx', 'dW', 'db']) expect(o.matrices[name].error).toBeNull();
    expect(o.matrices.out.value!.shape).toEqual([2, 3]);
  });
});

describe('affine-1d-x and affine-bias-broadcast', () => {
  it('affine-1d-x makes x one row', () => {
    const inputs = defaultCellInputs('batch-affine');
    const fixed = apply(
      { ...inputs, matrices: { ...inputs.matrices, x: array([0, 10], 'int64') } },
      'affine-1d-x',
    );
    expect(formatNumpy(fixed.matrices.x)).toBe('[[ 0 10]]');
  });

  it('affine-bias-broadcast flattens a (1, n) b into (n,)', () => {
    const inputs = defaultCellInputs('batch-affine');
    const b = array([[1, 2, 3]], 'int64');
    const fixed = apply({ ...inputs, matrices: { ...inputs.matrices, b } }, 'affine-bias-broadcast');
    expect(formatNumpy(fixed.matrices.b)).toBe('[1 2 3]');
  });
});
