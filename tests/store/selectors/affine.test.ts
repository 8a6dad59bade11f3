import { describe, expect, it } from 'vitest';
import { array, formatNumpy, type Tensor } from '../../../src/engine';
import { defaultCellInputs } from '../../../src/notebook/cells';
import { computeAffine, deriveAffine } from '../../../src/store/selectors/affine';

const text = (d: { value: Tensor | null }) => (d.value ? formatNumpy(d.value) : null);

// Expected values: NumPy, np.random.seed(0); X = rand(2); W = rand(2, 3); B = rand(3).
describe('computeAffine', () => {
  it("computes the seed's Y = np.dot(X, W) + B", () => {
    expect(text(computeAffine(defaultCellInputs('affine')).matrices.out)).toBe(
      '[1.75640404 0.99543849 1.66201908]',
    );
  });

  it('back-propagates ones through X taken as one sample: dX = dY W^T, dW = outer(X, dY), dB = dY', () => {
    const { matrices: m } = computeAffine(defaultCellInputs('affine'));
    expect(text(m.dout)).toBe('[1. 1. 1.]');
    expect(text(m.dx)).toBe('[1.57130136 1.97525433]');
    expect(text(m.dW)).toBe('[[0.5488135  0.5488135  0.5488135 ]\n [0.71518937 0.71518937 0.71518937]]');
    expect(text(m.db)).toBe('[1. 1. 1.]');
  });

  it("a W that does not line up shows NumPy's np.dot error for Y and, through dout = ones, for the gradients", () => {
    const base = defaultCellInputs('affine');
    const W = array([[1, 2, 3]], 'float64');
    const { matrices: m } = computeAffine({ ...base, matrices: { ...base.matrices, W } });
    expect(m.out.error).toBe('ValueError: shapes (2,) and (1,3) not aligned: 2 (dim 0) != 1 (dim 0)');
    expect(m.dx.error).toBe(m.out.error);
    expect(text({ value: base.matrices.x })).toBe('[0.5488135  0.71518937]');
  });

  it('a B that does not broadcast fails Y only; the gradients need no B', () => {
    const base = defaultCellInputs('affine');
    const b = array([1, 2], 'float64');
    const { matrices: m } = computeAffine({ ...base, matrices: { ...base.matrices, b }, dout: 'custom' });
    expect(m.out.error).toBe('ValueError: operands could not be broadcast together with shapes (3,) (2,) ');
    expect(text(m.dx)).toBe('[1.57130136 1.97525433]');
  });

  it('takes a 2-D X as a batch, as the Affine class does', () => {
    const base = defaultCellInputs('affine');
    const x = array(
      [
        [1, 0],
        [0, 1],
      ],
      'float64',
    );
    const { matrices: m } = computeAffine({ ...base, matrices: { ...base.matrices, x } });
    expect(m.out.value!.shape).toEqual([2, 3]);
    expect(m.dx.value!.shape).toEqual([2, 2]);
  });
});

describe('deriveAffine', () => {
  it('computes once per inputs object', () => {
    const inputs = defaultCellInputs('affine');
    expect(deriveAffine(inputs)).toBe(deriveAffine(inputs));
  });
});
