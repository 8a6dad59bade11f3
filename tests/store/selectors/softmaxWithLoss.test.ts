import { describe, expect, it } from 'vitest';
import { array, formatNumpy, formatScalar, type Tensor } from '../../../src/engine';
import { defaultCellInputs } from '../../../src/notebook/cells';
import { computeSoftmaxWithLoss, deriveSoftmaxWithLoss } from '../../../src/store/selectors/softmaxWithLoss';

const text = (d: { value: Tensor | null }) => (d.value ? formatNumpy(d.value) : null);

describe('computeSoftmaxWithLoss', () => {
  it('prints what the seed printed for t = [[0, 1]]: the loss and dx', () => {
    const o = computeSoftmaxWithLoss(defaultCellInputs('softmax-with-loss'));
    expect(formatScalar(o.loss!.value!, 'float64')).toBe('0.10406420174253615');
    expect(text(o.matrices.dx)).toBe('[[-0.18242552 -0.81757448]\n [ 0.00669285  0.99330715]]');
    expect(text(o.matrices.y)).toBe('[[0.81757448 0.18242552]\n [0.00669285 0.99330715]]');
  });

  it("explains the seed's t = [[0, 1]] with the softmax-t-shape-mismatch warning", () => {
    const codes = computeSoftmaxWithLoss(defaultCellInputs('softmax-with-loss')).warnings.map((w) => w.code);
    expect(codes).toContain('softmax-t-shape-mismatch');
  });

  it('gives what NumPy gives for the one-hot t = [[0, 1], [0, 1]]', () => {
    const base = defaultCellInputs('softmax-with-loss');
    const t = array(
      [
        [0, 1],
        [0, 1],
      ],
      'int64',
    );
    const o = computeSoftmaxWithLoss({ ...base, matrices: { ...base.matrices, t } });
    // Exactly NumPy's float64: the engine's np.log is correctly rounded, as NumPy's is here.
    expect(o.loss!.value).toBe(0.854063988814662);
    expect(text(o.matrices.dx)).toBe('[[ 0.40878724 -0.40878724]\n [ 0.00334643 -0.00334643]]');
    expect(o.warnings.map((w) => w.code)).not.toContain('softmax-t-shape-mismatch');
  });

  it("shows NumPy's error for the loss and dx when a label is out of range, and keeps y", () => {
    const base = defaultCellInputs('softmax-with-loss');
    const t = array([0, 7], 'int64');
    const o = computeSoftmaxWithLoss({ ...base, matrices: { ...base.matrices, t } });
    expect(o.loss!.error).toMatch(/^IndexError: index 7 is out of bounds/);
    expect(o.matrices.dx.error).toMatch(/^IndexError: index 7 is out of bounds/);
    expect(formatNumpy(o.matrices.y.value!)).toBe('[[0.81757448 0.18242552]\n [0.00669285 0.99330715]]');
  });
});

describe('deriveSoftmaxWithLoss', () => {
  it('computes once per inputs object', () => {
    const inputs = defaultCellInputs('softmax-with-loss');
    expect(deriveSoftmaxWithLoss(inputs)).toBe(deriveSoftmaxWithLoss(inputs));
  });
});
