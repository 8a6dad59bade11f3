// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { SigmoidCell } from '../../src/cells/SigmoidCell';
import { commitText, numpyOf, renderWithStore } from './renderWithStore';

const at = (c: HTMLElement, name: string) => numpyOf(c, 'sigmoid', name);

describe('SigmoidCell', () => {
  it('shows what the seed printed: out, and dx with dout = x', () => {
    const { container } = renderWithStore(<SigmoidCell />);
    expect(at(container, 'x')).toBe('[[ 1.  -0.5]\n [-2.   3. ]]');
    expect(at(container, 'out')).toBe('[[0.73105858 0.37754067]\n [0.11920292 0.95257413]]');
    expect(at(container, 'dx')).toBe('[[ 0.19661193 -0.11750186]\n [-0.20998717  0.13552998]]');
  });

  it('follows an edit of x, shape and dtype included', () => {
    const { container } = renderWithStore(<SigmoidCell />);
    commitText(container, 'sigmoid', 'x', '[0, 0, 0]');
    expect(at(container, 'out')).toBe('[0.5 0.5 0.5]');
    expect(at(container, 'dx')).toBe('[0. 0. 0.]');
  });

  it('keeps out when a custom dout cannot broadcast, and shows the error for dx only', () => {
    const { container } = renderWithStore(<SigmoidCell />);
    commitText(container, 'sigmoid', 'dout', '[1, 2, 3]');
    expect(at(container, 'dx')).toBe('');
    expect(at(container, 'out')).toBe('[[0.73105858 0.37754067]\n [0.11920292 0.95257413]]');
  });

  it('has a chart slot the app can fill', () => {
    const { container } = renderWithStore(<SigmoidCell chart={<p>the chart</p>} />);
    expect(container.querySelector('[data-chart-slot="sigmoid"]')).toHaveTextContent('the chart');
  });
});
