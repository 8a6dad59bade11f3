// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { MatrixView } from '../../../src/components/MatrixView/MatrixView';
import { array, formatNumpy, full, tensor, type DType } from '../../../src/engine';
import fixtures from '../../fixtures/print.json';

afterEach(cleanup);

const out = array(
  [
    [1, 0],
    [0, 3],
  ],
  'float64',
);

const rootOf = (container: HTMLElement, name: string) =>
  container.querySelector(`[data-matrix="${name}"]`) as HTMLElement;

describe('MatrixView', () => {
  it('data-numpy is exactly formatNumpy(value)', () => {
    const { container } = render(<MatrixView name="out" value={out} />);
    expect(rootOf(container, 'out').getAttribute('data-numpy')).toBe(formatNumpy(out));
    expect(rootOf(container, 'out').getAttribute('data-numpy')).toBe('[[1. 0.]\n [0. 3.]]');
  });

  it('shows each element as NumPy prints it, with a shape and dtype badge', () => {
    const { container } = render(<MatrixView name="out" value={out} />);
    const cells = within(screen.getByRole('table', { name: 'out values' })).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual(['1.', '0.', '0.', '3.']);
    expect(rootOf(container, 'out')).toHaveTextContent('(2, 2) float64');
  });

  it('gives each cell its full-precision value as a hover title', () => {
    render(<MatrixView name="y" value={array([0.1 + 0.2, 1 / 3])} />);
    const cells = screen.getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('0.3');
    expect(cells[0]).toHaveAttribute('title', '0.30000000000000004');
    expect(cells[1]).toHaveAttribute('title', '0.3333333333333333');
  });

  it('tints cells on the diverging scale relative to the matrix’s largest magnitude', () => {
    render(<MatrixView name="dx" value={array([-2.0, 0.0, 2.0])} />);
    const [neg, zero, pos] = screen.getAllByRole('cell');
    expect(neg.style.getPropertyValue('--mx-bg-light')).toBe('rgb(91, 155, 213)');
    expect(zero.style.getPropertyValue('--mx-bg-light')).toBe('rgb(255, 255, 255)');
    expect(pos.style.getPropertyValue('--mx-bg-light')).toBe('rgb(240, 160, 75)');
    expect(pos.style.getPropertyValue('--mx-bg-dark')).toBe('rgb(154, 79, 20)');
  });

  it('marks nan and inf cells distinctly', () => {
    render(<MatrixView name="y" value={array([NaN, Infinity, -Infinity, 1.0])} />);
    const [nan, pinf, ninf] = screen.getAllByRole('cell');
    expect(nan).toHaveClass('mx-nan');
    expect(nan).toHaveTextContent('nan');
    expect(pinf).toHaveClass('mx-posinf');
    expect(ninf).toHaveClass('mx-neginf');
  });

  it('shows a mask as a True/False grid with True highlighted', () => {
    render(<MatrixView name="mask" value={array([[true, false]])} mask />);
    const [t, f] = screen.getAllByRole('cell');
    expect(t).toHaveTextContent('True');
    expect(t).toHaveClass('mx-true');
    expect(f).toHaveTextContent('False');
    expect(f).toHaveClass('mx-false');
  });

  it('the print() toggle shows NumPy’s printed text in a <pre>', async () => {
    const user = userEvent.setup();
    const { container } = render(<MatrixView name="out" value={out} />);
    expect(container.querySelector('pre')).toBeNull();
    const toggle = screen.getByRole('button', { name: 'print(out): show it as NumPy prints it' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(container.querySelector('pre')!.textContent).toBe(formatNumpy(out));
  });

  it('the print() toggle points aria-controls at the <pre> only while it is shown', async () => {
    const user = userEvent.setup();
    const { container } = render(<MatrixView name="out" value={out} />);
    const toggle = screen.getByRole('button', { name: /^print\(out\)/ });
    expect(toggle).not.toHaveAttribute('aria-controls');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-controls', container.querySelector('pre')!.id);
  });

  it('in error mode keeps data-matrix, sets data-numpy="" and shows the message as role="alert"', () => {
    const message = 'shapes (2,1) and (2,3) not aligned: 1 (dim 1) != 2 (dim 0)';
    const { container } = render(<MatrixView name="out" value={out} error={message} />);
    const root = rootOf(container, 'out');
    expect(root).toHaveAttribute('data-numpy', '');
    expect(within(root).getByRole('alert')).toHaveTextContent(message);
    expect(within(root).queryByRole('table')).toBeNull();
  });

  it('with no value keeps data-matrix and an empty data-numpy', () => {
    const { container } = render(<MatrixView name="dx" value={null} />);
    expect(rootOf(container, 'dx')).toHaveAttribute('data-numpy', '');
  });

  it('shows a 3-D array as NumPy’s text, and an empty array as a note', () => {
    const cube = full([2, 1, 2], 0.5);
    const { container } = render(<MatrixView name="a" value={cube} />);
    expect(container.querySelector('pre')!.textContent).toBe(formatNumpy(cube));
    cleanup();
    const { container: c2 } = render(
      <MatrixView name="e" value={tensor([2, 0], 'float64', new Float64Array(0))} />,
    );
    expect(rootOf(c2, 'e')).toHaveAttribute('data-numpy', '[]');
    expect(rootOf(c2, 'e')).toHaveTextContent('empty array');
  });

  it('a new value updates titles even where the printed text is unchanged, and re-tints every row', () => {
    const { rerender } = render(<MatrixView name="out" value={array([[1.5], [-1.5]])} />);
    rerender(<MatrixView name="out" value={array([[1.5000000001], [-3.0]])} />);
    const [top, bottom] = screen.getAllByRole('cell');
    expect(top).toHaveTextContent('1.5');
    expect(top).toHaveAttribute('title', '1.5000000001');
    expect(top.style.getPropertyValue('--mx-bg-light')).not.toBe('rgb(240, 160, 75)');
    expect(bottom.style.getPropertyValue('--mx-bg-light')).toBe('rgb(91, 155, 213)');
  });

  it('a summarised grid shows exactly the element words of NumPy’s own printout, in order', () => {
    const c = fixtures.arrays.find((a) => a.name === 'normal 64x64')!;
    const value = tensor(c.shape, c.dtype as DType, Float64Array.from(c.data as number[]));
    const { container } = render(<MatrixView name="out" value={value} />);
    expect(rootOf(container, 'out').getAttribute('data-numpy')).toBe(c.str);
    const shown = within(screen.getByRole('table', { name: 'out values' }))
      .getAllByRole('cell')
      .map((cell) => cell.textContent)
      .filter((text) => text !== '...');
    const printed = c.str
      .replace(/[[\]]/g, ' ')
      .split(/\s+/)
      .filter((w) => w !== '' && w !== '...');
    expect(shown).toHaveLength(36);
    expect(shown).toEqual(printed);
  });

  it('above 1000 elements shows the first and last 3 rows and columns with `...`, as NumPy prints it', () => {
    const big = tensor(
      [64, 64],
      'float64',
      Float64Array.from({ length: 64 * 64 }, (_, i) => i),
    );
    const { container } = render(<MatrixView name="out" value={big} />);
    expect(rootOf(container, 'out').getAttribute('data-numpy')).toBe(formatNumpy(big));
    const rows = within(screen.getByRole('table', { name: 'out values' })).getAllByRole('row');
    expect(rows).toHaveLength(7);
    for (const row of rows) expect(within(row).getAllByRole('cell')).toHaveLength(7);
    // NumPy 2.4, print(np.arange(4096.).reshape(64, 64)): `[[0.000e+00 1.000e+00 2.000e+00 ... 6.100e+01`:
    // its edge items span more than three decades, so the whole printout is scientific.
    expect(
      within(rows[0])
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0.000e+00', '1.000e+00', '2.000e+00', '...', '6.100e+01', '6.200e+01', '6.300e+01']);
    expect(within(rows[6]).getAllByRole('cell')[6]).toHaveTextContent('4.095e+03');
    expect(within(rows[3]).getAllByRole('cell')[0]).toHaveAccessibleName(
      'rows 3 to 60 hidden, as NumPy prints it; use text mode / print() to see all',
    );
    expect(within(rows[1]).getAllByRole('cell')[3]).toHaveAccessibleName(
      'columns 3 to 60 hidden, as NumPy prints it; use text mode / print() to see all',
    );
  });
});
