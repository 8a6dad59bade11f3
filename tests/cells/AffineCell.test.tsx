// @vitest-environment jsdom
import { fireEvent, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AffineCell } from '../../src/cells/AffineCell';
import { commitText, matrixOf, numpyOf, renderWithStore } from './renderWithStore';

describe('AffineCell for the batch', () => {
  const at = (c: HTMLElement, name: string) => numpyOf(c, 'batch-affine', name);

  it('shows what the seed printed: X_dot_W + B and dB from dY', () => {
    const { container } = renderWithStore(<AffineCell cell="batch-affine" />);
    expect(at(container, 'out')).toBe('[[ 1  2  3]\n [11 12 13]]');
    expect(at(container, 'dout')).toBe('[[1 2 3]\n [4 5 6]]');
    expect(at(container, 'db')).toBe('[5 7 9]');
    expect(at(container, 'dx')).toBe('[[ 6]\n [15]]');
    expect(at(container, 'dW')).toBe('[[40 50 60]]');
  });

  it("shows NumPy's message for out when W does not line up, and the inputs and dout keep working", () => {
    const { container } = renderWithStore(<AffineCell cell="batch-affine" />);
    commitText(container, 'batch-affine', 'W', '[[1, 1, 1], [2, 2, 2]]');
    const out = matrixOf(container, 'batch-affine', 'out');
    expect(out.getAttribute('data-numpy')).toBe('');
    expect(within(out).getByRole('alert')).toHaveTextContent(
      'ValueError: shapes (2,1) and (2,3) not aligned: 1 (dim 1) != 2 (dim 0)',
    );
    expect(at(container, 'W')).toBe('[[1 1 1]\n [2 2 2]]');
    expect(at(container, 'dout')).toBe('[[1 2 3]\n [4 5 6]]');
  });

  it("replays the seed's Affine(X, B) slip in one click, then fixes it in another", () => {
    const { container } = renderWithStore(<AffineCell cell="batch-affine" />);
    const slip = () => container.querySelector<HTMLElement>('[data-pitfall="affine-w-1d"]')!;
    fireEvent.click(within(slip()).getByRole('button', { name: /load the seed's Affine\(X, B\)/ }));
    expect(at(container, 'out')).toBe('[1.02383867 1.82609784]');
    expect(at(container, 'dx')).toBe('');
    fireEvent.click(slip().querySelector<HTMLElement>('[data-fix="affine-2d-weights"]')!);
    expect(numpyOf(container, 'batch-affine', 'out')).not.toBe('');
    expect(matrixOf(container, 'batch-affine', 'out').querySelector('[role="alert"]')).toBeNull();
    expect(at(container, 'dx')).not.toBe('');
  });
});

describe('AffineCell for one sample', () => {
  const at = (c: HTMLElement, name: string) => numpyOf(c, 'affine', name);

  it('draws X, W, B after np.random.seed(0) and computes Y = np.dot(X, W) + B', () => {
    const { container } = renderWithStore(<AffineCell cell="affine" />);
    expect(container.querySelector('[data-random-seed]')).toHaveTextContent('np.random.seed(0)');
    expect(at(container, 'x')).toBe('[0.5488135  0.71518937]');
    expect(at(container, 'out')).toBe('[1.75640404 0.99543849 1.66201908]');
    expect(at(container, 'dout')).toBe('[1. 1. 1.]');
    expect(at(container, 'db')).toBe('[1. 1. 1.]');
  });

  it('re-rolls to the next seed and redraws every input', () => {
    const { container } = renderWithStore(<AffineCell cell="affine" />);
    fireEvent.click(container.querySelector<HTMLElement>('[data-reroll="affine"]')!);
    expect(container.querySelector('[data-random-seed]')).toHaveTextContent('np.random.seed(1)');
    expect(at(container, 'x')).toBe('[0.417022   0.72032449]');
    expect(at(container, 'out')).toBe('[0.46332892 0.79906386 0.72931081]');
  });
});
