// @vitest-environment jsdom
import { fireEvent, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReluCell } from '../../src/cells/ReluCell';
import { commitText, matrixOf, numpyOf, renderWithStore } from './renderWithStore';

const at = (c: HTMLElement, name: string) => numpyOf(c, 'relu', name);

describe('ReluCell', () => {
  it('shows what the seed printed: x, mask, out, and dx with dout = x', () => {
    const { container } = renderWithStore(<ReluCell />);
    expect(at(container, 'x')).toBe('[[ 1.  -0.5]\n [-2.   3. ]]');
    expect(at(container, 'mask')).toBe('[[False  True]\n [ True False]]');
    expect(at(container, 'out')).toBe('[[1. 0.]\n [0. 3.]]');
    expect(at(container, 'dout')).toBe('[[ 1.  -0.5]\n [-2.   3. ]]');
    expect(at(container, 'dx')).toBe('[[1. 0.]\n [0. 3.]]');
  });

  it('recomputes mask, out, dout (= x) and dx when x is edited as NumPy text', () => {
    const { container } = renderWithStore(<ReluCell />);
    commitText(container, 'relu', 'x', '[-1, 2, 0]');
    expect(at(container, 'x')).toBe('[-1  2  0]');
    expect(at(container, 'mask')).toBe('[ True False  True]');
    expect(at(container, 'out')).toBe('[0 2 0]');
    expect(at(container, 'dout')).toBe('[-1  2  0]');
    expect(at(container, 'dx')).toBe('[0 2 0]');
  });

  it('with dout = ones, dx shows where the gradient passes', () => {
    const { container } = renderWithStore(<ReluCell />);
    const select = container.querySelector<HTMLSelectElement>('[data-dout-source="relu"]')!;
    fireEvent.change(select, { target: { value: 'ones' } });
    expect(at(container, 'dout')).toBe('[[1. 1.]\n [1. 1.]]');
    expect(at(container, 'dx')).toBe('[[1. 0.]\n [0. 1.]]');
  });

  it("shows NumPy's error in place of dx for a dout of another shape, and out keeps working", () => {
    const { container, store } = renderWithStore(<ReluCell />);
    commitText(container, 'relu', 'dout', '[[1, 2, 3]]');
    expect(store.getState().inputs.relu.dout).toBe('custom');
    const dx = matrixOf(container, 'relu', 'dx');
    expect(dx.getAttribute('data-numpy')).toBe('');
    expect(within(dx).getByRole('alert')).toHaveTextContent(/^IndexError: boolean index did not match/);
    expect(at(container, 'out')).toBe('[[1. 0.]\n [0. 3.]]');
    expect(within(matrixOf(container, 'relu', 'out')).queryByRole('alert')).toBeNull();
  });

  it("always explains the seed's in-place dout, and offers dout = ones for the seed's dout = x", () => {
    const { container, store } = renderWithStore(<ReluCell />);
    const pitfalls = container.querySelector<HTMLElement>('[data-pitfalls="relu"]')!;
    expect(pitfalls.querySelector('[data-pitfall="relu-inplace-dout"]')).toHaveTextContent(
      /dout\[self.mask\] = 0/,
    );
    fireEvent.click(pitfalls.querySelector<HTMLElement>('[data-fix="dout-ones"]')!);
    expect(store.getState().inputs.relu.dout).toBe('ones');
    expect(container.querySelector('[data-pitfall="dout-is-x"]')).toBeNull();
    expect(container.querySelector('[data-pitfall="relu-inplace-dout"]')).not.toBeNull();
  });

  it("loads the seed's np.array(range(10)) example as int64", () => {
    const { container } = renderWithStore(<ReluCell />);
    fireEvent.click(container.querySelector<HTMLElement>('[data-preset="seed-range"]')!);
    expect(at(container, 'x')).toBe('[0 1 2 3 4 5 6 7 8 9]');
    expect(at(container, 'out')).toBe('[0 1 2 3 4 5 6 7 8 9]');
    expect(at(container, 'dx')).toBe('[0 1 2 3 4 5 6 7 8 9]');
    expect(container.querySelector('[data-pitfall="relu-int-input"]')).not.toBeNull();
  });

  it("shows the seed's Python, read-only, with what it printed", () => {
    const { container } = renderWithStore(<ReluCell />);
    const source = container.querySelector<HTMLElement>('[data-cell="relu"] .seed-source')!;
    expect(source).toHaveTextContent('class Relu:');
    expect(source.querySelector('textarea, [contenteditable]')).toBeNull();
    expect(source.querySelector('.py-keyword')).toHaveTextContent('import');
  });
});
