// @vitest-environment jsdom
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import fixture from '../fixtures/net-cell.json';
import { commitText, matrixOf, numpyOf, renderWithStore } from './renderWithStore';

// The gradient check's heatmaps would load Plotly after paint; the numbers are what is tested here.
vi.mock('../../src/charts/afterPaint', () => ({ afterPaint: () => () => {} }));
vi.mock('../../src/charts/loadPlotly', () => ({ loadPlotly: () => new Promise(() => {}) }));

const { TwoLayerNetCell } = await import('../../src/cells/TwoLayerNetCell/TwoLayerNetCell');

const CELL = 'two-layer-net';
const [defaults, reroll] = fixture.cases;
const HOOKED = ['x', 't', 'W1', 'b1', 'W2', 'b2', 'dW1', 'db1', 'dW2', 'db2'] as const;

const lossOf = (container: HTMLElement) => Number(numpyOf(container, CELL, 'loss'));
const nodeStates = (container: HTMLElement) =>
  Object.fromEntries(
    [...container.querySelectorAll('[data-node]')].map((n) => [
      n.getAttribute('data-node'),
      n.getAttribute('data-state'),
    ]),
  );
const stepButton = (container: HTMLElement, step: string) =>
  container.querySelector<HTMLButtonElement>(`[data-cell="${CELL}"] [data-step="${step}"]`)!;

describe('<TwoLayerNetCell>', () => {
  it("shows x, t, the parameters and their gradients as NumPy prints the book's net on the same inputs", () => {
    const { container } = renderWithStore(<TwoLayerNetCell />);
    expect(container.querySelector('section')).toHaveAttribute('data-cell', CELL);
    for (const name of HOOKED) expect(numpyOf(container, CELL, name), name).toBe(defaults.numpy[name]);
    expect(numpyOf(container, CELL, 'loss')).toBe(defaults.numpy.loss);
  });

  it('names each matrix once in the cell, whichever node is open', () => {
    const { container } = renderWithStore(<TwoLayerNetCell />);
    const names = [...container.querySelectorAll('[data-matrix]')].map((m) => m.getAttribute('data-matrix'));
    expect(new Set(names).size).toBe(names.length);
    for (const name of ['loss', 'a1', 'mask', 'z1', 'scores', 'y', 'dscores', 'dz1', 'da1', 'dx'])
      expect(names).toContain(name);
  });

  it("quotes the seed's closing line and writes out the book's two_layer_net.py", () => {
    renderWithStore(<TwoLayerNetCell />);
    expect(screen.getByText('ch04-3.ipynbに書いた実装を参照')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ch05/two_layer_net.py' })).toBeInTheDocument();
    expect(document.querySelector('[data-book-source]')).toHaveTextContent("self.layers['Relu1'] = Relu()");
  });

  it('recomputes the loss and every gradient when x is edited through its text mode', () => {
    const { container } = renderWithStore(<TwoLayerNetCell />);
    const before = lossOf(container);
    commitText(container, CELL, 'x', '[[0.5, 0.5, 0.5, 0.5], [-1, 2, -3, 4]]');
    expect(numpyOf(container, CELL, 'x')).toBe('[[ 0.5  0.5  0.5  0.5]\n [-1.   2.  -3.   4. ]]');
    expect(lossOf(container)).not.toBe(before);
    expect(numpyOf(container, CELL, 'dW1')).not.toBe(defaults.numpy.dW1);
  });

  it("puts NumPy's message in place of what cannot be computed when x has the wrong width", () => {
    const { container } = renderWithStore(<TwoLayerNetCell />);
    commitText(container, CELL, 'x', '[[1.0, 2.0, 3.0]]');
    for (const name of ['a1', 'dW1', 'loss']) {
      expect(numpyOf(container, CELL, name)).toBe('');
      expect(matrixOf(container, CELL, name).querySelector('[role="alert"]')).toHaveTextContent(
        'shapes (1,3) and (4,3) not aligned: 3 (dim 1) != 4 (dim 0)',
      );
    }
    expect(numpyOf(container, CELL, 'W1')).toBe(defaults.numpy.W1);
  });

  it('re-rolls the weights with the next seed and keeps the x being studied', () => {
    const { container } = renderWithStore(<TwoLayerNetCell />);
    commitText(container, CELL, 'x', '[[0.5, 0.5, 0.5, 0.5], [-1, 2, -3, 4]]');
    const x = numpyOf(container, CELL, 'x');
    act(() => container.querySelector<HTMLButtonElement>(`[data-reroll="${CELL}"]`)!.click());
    expect(container.querySelector('[data-random-seed]')).toHaveTextContent('np.random.seed(1)');
    expect(numpyOf(container, CELL, 'W1')).toBe(reroll.numpy.W1);
    expect(numpyOf(container, CELL, 'W2')).toBe(reroll.numpy.W2);
    expect(numpyOf(container, CELL, 'x')).toBe(x);
    expect(numpyOf(container, CELL, 't')).toBe(reroll.numpy.t);
  });

  it('steps from nothing computed through forward and backward, announcing each step', () => {
    const { container } = renderWithStore(<TwoLayerNetCell />);
    const status = () => container.querySelector('[data-step-status]')!;
    expect(status()).toHaveAttribute('aria-live', 'polite');
    expect(stepButton(container, 'next')).toBeDisabled();
    act(() => stepButton(container, 'reset').click());
    expect(nodeStates(container)).toEqual({
      x: 'forward',
      affine1: 'none',
      relu1: 'none',
      affine2: 'none',
      softmaxWithLoss: 'none',
      L: 'none',
    });
    expect(stepButton(container, 'prev')).toBeDisabled();
    for (let i = 0; i < 4; i++) act(() => stepButton(container, 'next').click());
    expect(nodeStates(container).L).toBe('forward');
    expect(status()).toHaveTextContent('Step 4 of 8, forward: SoftmaxWithLoss');
    act(() => stepButton(container, 'next').click());
    expect(nodeStates(container)).toMatchObject({ L: 'backward', affine2: 'backward', relu1: 'forward' });
    expect(container.querySelector('[data-node="softmaxWithLoss"]')).toHaveClass('net-node--active');
    act(() => stepButton(container, 'prev').click());
    expect(nodeStates(container).affine2).toBe('forward');
    for (let i = 0; i < 4; i++) act(() => stepButton(container, 'next').click());
    expect(nodeStates(container).x).toBe('backward');
    expect(status()).toHaveTextContent('Backward is complete');
    expect(stepButton(container, 'next')).toBeDisabled();
  });

  it("opens a node's matrices when the node is clicked or chosen with the keyboard", () => {
    const { container } = renderWithStore(<TwoLayerNetCell />);
    const panel = (node: string) => container.querySelector(`[data-node-detail="${node}"]`)!;
    expect(panel('affine1')).toBeVisible();
    act(() =>
      container
        .querySelector<SVGElement>('[data-node="relu1"]')!
        .dispatchEvent(new MouseEvent('click', { bubbles: true })),
    );
    expect(panel('relu1')).toBeVisible();
    expect(panel('affine1')).not.toBeVisible();
    expect(screen.getByRole('button', { name: /^Relu1: out z1/ })).toHaveAttribute('aria-pressed', 'true');
    fireEvent.keyDown(container.querySelector('[data-node="affine2"]')!, { key: 'Enter' });
    expect(panel('affine2')).toBeVisible();
    expect(container.querySelector('[data-param="W2"]')).toHaveClass('net-param--selected');
  });
});
