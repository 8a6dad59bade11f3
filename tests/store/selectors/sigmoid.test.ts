import { describe, expect, it } from 'vitest';
import { array, formatNumpy, type Tensor } from '../../../src/engine';
import { defaultCellInputs } from '../../../src/notebook/cells';
import { computeSigmoid, deriveSigmoid } from '../../../src/store/selectors/sigmoid';

const text = (d: { value: Tensor | null }) => (d.value ? formatNumpy(d.value) : null);

describe('computeSigmoid', () => {
  it('prints what the seed printed: out, and dx with dout = x', () => {
    const { matrices: m } = computeSigmoid(defaultCellInputs('sigmoid'));
    expect(text(m.out)).toBe('[[0.73105858 0.37754067]\n [0.11920292 0.95257413]]');
    expect(text(m.dx)).toBe('[[ 0.19661193 -0.11750186]\n [-0.20998717  0.13552998]]');
  });

  it('with dout = ones, dx is the local slope (1 - y) y, at most 0.25', () => {
    const x = array([0], 'float64');
    const { matrices: m } = computeSigmoid({ matrices: { x, dout: x }, dout: 'ones', seed: 0 });
    expect(text(m.dx)).toBe('[0.25]');
  });

  it("a custom dout that does not broadcast shows NumPy's error for dx only", () => {
    const base = defaultCellInputs('sigmoid');
    const { matrices: m } = computeSigmoid({
      ...base,
      matrices: { ...base.matrices, dout: array([1, 2, 3], 'float64') },
      dout: 'custom',
    });
    expect(m.dx.error).toBe('ValueError: operands could not be broadcast together with shapes (3,) (2,2) ');
    expect(m.out.error).toBeNull();
  });
});

describe('deriveSigmoid', () => {
  it('computes once per inputs object', () => {
    const inputs = defaultCellInputs('sigmoid');
    expect(deriveSigmoid(inputs)).toBe(deriveSigmoid(inputs));
  });
});
