import { describe, expect, it } from 'vitest';
import { array, formatNumpy } from '../../../src/engine';
import { defaultCellInputs } from '../../../src/notebook/cells';
import { computeRelu, deriveRelu } from '../../../src/store/selectors/relu';
import type { CellInputs } from '../../../src/store/types';

const text = (d: { value: Parameters<typeof formatNumpy>[0] | null }) =>
  d.value ? formatNumpy(d.value) : null;

describe('computeRelu', () => {
  it('prints what the seed printed: out, mask, and dx with dout = x', () => {
    const { matrices: m } = computeRelu(defaultCellInputs('relu'));
    expect(text(m.out)).toBe('[[1. 0.]\n [0. 3.]]');
    expect(text(m.mask)).toBe('[[False  True]\n [ True False]]');
    expect(text(m.dout)).toBe('[[ 1.  -0.5]\n [-2.   3. ]]');
    expect(text(m.dx)).toBe('[[1. 0.]\n [0. 3.]]');
  });

  it("runs the seed's np.array(range(10)) example as int64", () => {
    const x = array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 'int64');
    const { matrices: m } = computeRelu({ matrices: { x, dout: x }, dout: 'seed', seed: 0 });
    expect(text(m.out)).toBe('[0 1 2 3 4 5 6 7 8 9]');
    expect(text(m.dx)).toBe('[0 1 2 3 4 5 6 7 8 9]');
  });

  it("warns about the seed's dout = x and its in-place backward", () => {
    const codes = computeRelu(defaultCellInputs('relu')).warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['dout-is-x', 'relu-inplace-dout']));
  });

  it('with dout = ones, dx shows the mask itself, and dout = x is no longer mentioned', () => {
    const o = computeRelu({ ...defaultCellInputs('relu'), dout: 'ones' });
    expect(text(o.matrices.dout)).toBe('[[1. 1.]\n [1. 1.]]');
    expect(text(o.matrices.dx)).toBe('[[1. 0.]\n [0. 1.]]');
    expect(o.warnings.map((w) => w.code)).not.toContain('dout-is-x');
  });

  it("a custom dout of another shape shows NumPy's error for dx only; out and mask keep their values", () => {
    const inputs: CellInputs = {
      ...defaultCellInputs('relu'),
      matrices: { ...defaultCellInputs('relu').matrices, dout: array([[1, 2, 3]], 'float64') },
      dout: 'custom',
    };
    const { matrices: m } = computeRelu(inputs);
    expect(m.dx.value).toBeNull();
    expect(m.dx.error).toMatch(/^IndexError: boolean index did not match/);
    expect(text(m.out)).toBe('[[1. 0.]\n [0. 3.]]');
    expect(m.out.error).toBeNull();
  });
});

describe('deriveRelu', () => {
  it('computes once per inputs object and again for a new one', () => {
    const inputs = defaultCellInputs('relu');
    const first = deriveRelu(inputs);
    expect(deriveRelu(inputs)).toBe(first);
    expect(deriveRelu({ ...inputs })).not.toBe(first);
  });
});
