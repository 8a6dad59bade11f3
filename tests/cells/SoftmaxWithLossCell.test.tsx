// @vitest-environment jsdom
import { fireEvent } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SoftmaxWithLossCell } from '../../src/cells/SoftmaxWithLossCell';
import { commitText, matrixOf, numpyOf, renderWithStore } from './renderWithStore';

const at = (c: HTMLElement, name: string) => numpyOf(c, 'softmax-with-loss', name);

describe('SoftmaxWithLossCell', () => {
  it('shows what the seed printed: the loss as NumPy prints a float64, and dx', () => {
    const { container } = renderWithStore(<SoftmaxWithLossCell />);
    expect(at(container, 'loss')).toBe('0.10406420174253615');
    expect(at(container, 'dx')).toBe('[[-0.18242552 -0.81757448]\n [ 0.00669285  0.99330715]]');
    expect(at(container, 't')).toBe('[[0 1]]');
  });

  it("explains the seed's t = [[0, 1]] and fixes it in one click as labels [1, 1]", () => {
    const { container } = renderWithStore(<SoftmaxWithLossCell />);
    const pitfall = container.querySelector('[data-pitfall="softmax-t-shape-mismatch"]')!;
    expect(pitfall).toHaveTextContent(/What NumPy did: t has shape \(1, 2\) but y has shape \(2, 2\)/);
    fireEvent.click(pitfall.querySelector<HTMLElement>('[data-fix="t-labels"]')!);
    expect(at(container, 't')).toBe('[1 1]');
    expect(at(container, 'dx')).toBe('[[ 0.40878724 -0.40878724]\n [ 0.00334643 -0.00334643]]');
    expect(container.querySelector('[data-pitfall="softmax-t-shape-mismatch"]')).toBeNull();
  });

  it('fixes it as the one-hot t = [[0, 1], [0, 1]] too', () => {
    const { container } = renderWithStore(<SoftmaxWithLossCell />);
    fireEvent.click(container.querySelector<HTMLElement>('[data-fix="t-one-hot"]')!);
    expect(at(container, 't')).toBe('[[0 1]\n [0 1]]');
  });

  it("shows NumPy's error in place of the loss and dx for a label out of range, and keeps y", () => {
    const { container } = renderWithStore(<SoftmaxWithLossCell />);
    commitText(container, 'softmax-with-loss', 't', '[0, 7]');
    expect(at(container, 'loss')).toBe('');
    expect(
      matrixOf(container, 'softmax-with-loss', 'loss').querySelector('[role="alert"]'),
    ).toHaveTextContent(/^IndexError: index 7 is out of bounds/);
    expect(at(container, 'dx')).toBe('');
    expect(at(container, 'y')).toBe('[[0.81757448 0.18242552]\n [0.00669285 0.99330715]]');
  });
});
