import { describe, expect, it } from 'vitest';
import { array, formatNumpy, type Tensor } from '../../../src/engine';
import { CELLS, defaultCellInputs, presetInputs } from '../../../src/notebook/cells';
import { computeBatchAffine, deriveBatchAffine } from '../../../src/store/selectors/batchAffine';

const text = (d: { value: Tensor | null }) => (d.value ? formatNumpy(d.value) : null);

describe('computeBatchAffine', () => {
  it('prints what the seed printed: X_dot_W + B and dB from dY, all int64', () => {
    const { matrices: m } = computeBatchAffine(defaultCellInputs('batch-affine'));
    expect(text(m.out)).toBe('[[ 1  2  3]\n [11 12 13]]');
    expect(text(m.dout)).toBe('[[1 2 3]\n [4 5 6]]');
    expect(text(m.db)).toBe('[5 7 9]');
    expect(m.db.value!.dtype).toBe('int64');
  });

  it('gives dx = dY W^T and dW = x^T dY', () => {
    const { matrices: m } = computeBatchAffine(defaultCellInputs('batch-affine'));
    expect(text(m.dx)).toBe('[[ 6]\n [15]]');
    expect(text(m.dW)).toBe('[[40 50 60]]');
  });

  it("a W that does not line up shows NumPy's error for out and for the backward's outputs; dout stays", () => {
    const base = defaultCellInputs('batch-affine');
    const W = array(
      [
        [1, 1, 1],
        [2, 2, 2],
      ],
      'int64',
    );
    const { matrices: m } = computeBatchAffine({ ...base, matrices: { ...base.matrices, W } });
    expect(m.out.error).toBe('ValueError: shapes (2,1) and (2,3) not aligned: 1 (dim 1) != 2 (dim 0)');
    // The seed's backward raises at its last step, reshaping dx, so none of dx, dW, db comes back.
    for (const d of [m.dx, m.dW, m.db]) {
      expect(d.value).toBeNull();
      expect(d.error).toBe('ValueError: cannot reshape array of size 4 into shape (2,1)');
    }
    expect(text(m.dout)).toBe('[[1 2 3]\n [4 5 6]]');
  });

  it("replays the seed's Affine(X, B): a (2,) output, explained by the affine-w-1d warning", () => {
    const slip = CELLS['batch-affine'].presets.find((p) => p.id === 'seed-slip')!;
    const o = computeBatchAffine(presetInputs(CELLS['batch-affine'], slip));
    expect(text(o.matrices.out)).toBe('[1.02383867 1.82609784]');
    expect(o.matrices.dx.error).toBe('ValueError: cannot reshape array of size 1 into shape (2,2)');
    expect(o.warnings.map((w) => w.code)).toContain('affine-w-1d');
  });

  it('still explains a failing forward from the shapes alone', () => {
    const base = defaultCellInputs('batch-affine');
    const x = array([0, 10], 'int64');
    const o = computeBatchAffine({
      ...base,
      matrices: {
        ...base.matrices,
        x,
        W: array(
          [
            [1, 1, 1],
            [1, 1, 1],
          ],
          'int64',
        ),
      },
    });
    expect(o.matrices.out.error).not.toBeNull();
    expect(o.warnings.map((w) => w.code)).toContain('affine-1d-x');
  });
});

describe('deriveBatchAffine', () => {
  it('computes once per inputs object', () => {
    const inputs = defaultCellInputs('batch-affine');
    expect(deriveBatchAffine(inputs)).toBe(deriveBatchAffine(inputs));
  });
});
