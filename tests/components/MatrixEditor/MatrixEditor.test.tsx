// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MatrixEditor, type MatrixEditorProps } from '../../../src/components/MatrixEditor/MatrixEditor';
import { randomTensor } from '../../../src/components/MatrixEditor/randomFill';
import { array, formatNumpy, full, toNested, type Tensor } from '../../../src/engine';
import { box, cell, shown } from './gridElements';

afterEach(cleanup);

const x = array([
  [1.0, -0.5],
  [-2.0, 3.0],
]);

type Extra = Partial<Omit<MatrixEditorProps, 'value' | 'onCommit'>>;

/** The editor with its value held in state, as the store would hold it. */
function Harness({
  initial,
  onCommit,
  extra,
}: {
  initial: Tensor;
  onCommit: (t: Tensor) => void;
  extra: Extra;
}) {
  const [value, setValue] = useState(initial);
  return (
    <MatrixEditor
      name="x"
      seedValue={initial}
      {...extra}
      value={value}
      onCommit={(t) => {
        onCommit(t);
        setValue(t);
      }}
    />
  );
}

function setup(initial: Tensor = x, extra: Extra = {}) {
  const onCommit = vi.fn<(t: Tensor) => void>();
  const user = userEvent.setup();
  const { container } = render(<Harness initial={initial} onCommit={onCommit} extra={extra} />);
  const root = () => container.querySelector('[data-matrix="x"]') as HTMLElement;
  const last = () => onCommit.mock.lastCall![0];
  return { onCommit, user, root, last };
}

describe('MatrixEditor', () => {
  it('carries data-matrix and data-numpy (exactly formatNumpy of the value) on its root', () => {
    const { root } = setup();
    expect(root()).toHaveAttribute('data-numpy', formatNumpy(x));
    expect(root().getAttribute('data-numpy')).toBe('[[ 1.  -0.5]\n [-2.   3. ]]');
  });

  it('shows a shape and dtype badge', () => {
    const { root } = setup();
    expect(root()).toHaveTextContent('(2, 2) float64');
  });

  it('data-numpy follows each commit', async () => {
    const { user, root } = setup();
    await user.click(cell('x[0, 0]'));
    await user.keyboard('7{Enter}');
    expect(root().getAttribute('data-numpy')).toBe('[[ 7.  -0.5]\n [-2.   3. ]]');
  });

  it('add and remove row and column buttons change the shape', async () => {
    const { user, last, root } = setup();
    await user.click(screen.getByRole('button', { name: 'Add row to x' }));
    expect(last().shape).toEqual([3, 2]);
    await user.click(screen.getByRole('button', { name: 'Add column to x' }));
    expect(last().shape).toEqual([3, 3]);
    expect(root()).toHaveTextContent('(3, 3) float64');
    await user.click(screen.getByRole('button', { name: 'Remove last row of x' }));
    await user.click(screen.getByRole('button', { name: 'Remove last column of x' }));
    expect(toNested(last())).toEqual(toNested(x));
    expect(screen.getAllByRole('gridcell')).toHaveLength(4);
  });

  it('remove buttons stop at one row and one column', async () => {
    const { user } = setup(array([[5]]));
    expect(screen.getByRole('button', { name: 'Remove last row of x' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Remove last column of x' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Add column to x' }));
    expect(screen.getByRole('button', { name: 'Remove last column of x' })).toBeEnabled();
  });

  it('changing the dtype casts with astype and commits', async () => {
    const { user, last, root } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'x dtype' }), 'int64');
    expect(last().dtype).toBe('int64');
    expect(toNested(last())).toEqual([
      [1, 0],
      [-2, 3],
    ]);
    expect(root()).toHaveTextContent('(2, 2) int64');
    await user.selectOptions(screen.getByRole('combobox', { name: 'x dtype' }), 'bool');
    expect(toNested(last())).toEqual([
      [true, false],
      [true, true],
    ]);
  });

  it('offers only the allowed dtypes', () => {
    setup(x, { allowedDtypes: ['float64', 'int64'] });
    const options = within(screen.getByRole('combobox', { name: 'x dtype' })).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['float64', 'int64']);
  });

  it('Reset commits the seed value', async () => {
    const { user, last } = setup(x, { seedValue: full([2, 2], 0) });
    await user.click(screen.getByRole('button', { name: 'Reset x to its seed value' }));
    expect(toNested(last())).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it('Reset drops an invalid draft and its message', async () => {
    const { user } = setup();
    await user.click(cell('x[0, 0]'));
    await user.keyboard('abc{Enter}');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset x to its seed value' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(shown('x[0, 0]')).toBe('1.');
  });

  it('Randomise is seeded: click n uses randomSeed + n, keeping shape and dtype', async () => {
    const { user, last } = setup(x, { randomSeed: 10 });
    const button = screen.getByRole('button', { name: 'Randomise x' });
    await user.click(button);
    expect(toNested(last())).toEqual(toNested(randomTensor([2, 2], 'float64', 10)));
    await user.click(button);
    expect(toNested(last())).toEqual(toNested(randomTensor([2, 2], 'float64', 11)));
    expect(last().shape).toEqual([2, 2]);
    expect(last().dtype).toBe('float64');
  });

  it('the text toggle opens a textarea prefilled with formatNumpy(value), focused', async () => {
    const { user, root } = setup();
    expect(root().querySelector('textarea[data-numpy-input="x"]')).toBeNull();
    const toggle = root().querySelector('[data-edit-text="x"]') as HTMLElement;
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    const box = root().querySelector('textarea[data-numpy-input="x"]') as HTMLTextAreaElement;
    expect(box.value).toBe(formatNumpy(x));
    expect(box).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
  });

  it('Ctrl+Enter in text mode commits a reshaped tensor and the grid follows', async () => {
    const { user, root, last } = setup();
    await user.click(root().querySelector('[data-edit-text="x"]') as HTMLElement);
    const box = root().querySelector('textarea[data-numpy-input="x"]') as HTMLTextAreaElement;
    await user.clear(box);
    await user.paste('[[1, 2, 3], [4, 5, 6]]');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(last().shape).toEqual([2, 3]);
    expect(last().dtype).toBe('int64');
    expect(root().getAttribute('data-numpy')).toBe('[[1 2 3]\n [4 5 6]]');
    expect(screen.getAllByRole('gridcell')).toHaveLength(6);
    // The learner's own text stays while they are in the box; leaving it shows NumPy's.
    expect(box.value).toBe('[[1, 2, 3], [4, 5, 6]]');
    await user.tab();
    expect(box.value).toBe('[[1 2 3]\n [4 5 6]]');
  });

  it('a text commit refills the grid in place rather than building a new grid', async () => {
    const { user, root } = setup();
    const active = box('x[0, 0]');
    const before = cell('x[1, 1]');
    await user.click(root().querySelector('[data-edit-text="x"]') as HTMLElement);
    const text = root().querySelector('textarea[data-numpy-input="x"]') as HTMLTextAreaElement;
    await user.clear(text);
    await user.paste('[[5, 6], [7, 8.5]]');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(box('x[0, 0]')).toBe(active);
    expect(active).toHaveValue('5.');
    expect(cell('x[1, 1]')).toBe(before);
    expect(before).toHaveTextContent('8.5');
  });

  it('a text commit drops an invalid draft in the grid and its message', async () => {
    const { user, root } = setup();
    await user.click(cell('x[0, 1]'));
    await user.keyboard('abc{Enter}');
    expect(within(root()).getByRole('alert')).toBeInTheDocument();
    await user.click(root().querySelector('[data-edit-text="x"]') as HTMLElement);
    const box = root().querySelector('textarea[data-numpy-input="x"]') as HTMLTextAreaElement;
    await user.clear(box);
    await user.paste('[[5, 6], [7, 8]]');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(within(root()).queryByRole('alert')).not.toBeInTheDocument();
    // The draft's box went with its error: the element shows the new value's text.
    expect(screen.queryByRole('textbox', { name: 'x[0, 1]' })).toBeNull();
    expect(shown('x[0, 1]')).toBe('6');
  });

  it('a parse error in text mode shows its line and column, keeps the text and the value', async () => {
    const { user, root, onCommit } = setup();
    await user.click(root().querySelector('[data-edit-text="x"]') as HTMLElement);
    const box = root().querySelector('textarea[data-numpy-input="x"]') as HTMLTextAreaElement;
    await user.clear(box);
    await user.paste('[[1, 2],\n [3, @]]');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(within(root()).getByRole('alert')).toHaveTextContent(/Line 2, column 6/);
    expect(box.value).toBe('[[1, 2],\n [3, @]]');
    expect(onCommit).not.toHaveBeenCalled();
    expect(root().getAttribute('data-numpy')).toBe(formatNumpy(x));
  });

  it('cannot grow a matrix past what a typed one may hold: 4,096 along a side, 65,536 elements', () => {
    setup(full([1, 4096], 0));
    expect(screen.getByRole('button', { name: 'Add column to x' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Add row to x' })).toBeEnabled();
    cleanup();
    setup(full([16, 4096], 0));
    expect(screen.getByRole('button', { name: 'Add row to x' })).toBeDisabled();
    cleanup();
    setup(full([255, 256], 0));
    expect(screen.getByRole('button', { name: 'Add row to x' })).toBeEnabled();
    cleanup();
    setup(full([256, 256], 0));
    expect(screen.getByRole('button', { name: 'Add row to x' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Add column to x' })).toBeDisabled();
  });

  it('shows a 1-D array as one row and a 0-d array as one cell', () => {
    setup(array([1, 2, 3]));
    expect(screen.getAllByRole('row')).toHaveLength(1);
    expect(shown('x[2]')).toBe('3');
    expect(screen.queryByRole('button', { name: 'Add row to x' })).toBeNull();
    cleanup();
    setup(array(2.5));
    expect(screen.getAllByRole('gridcell')).toHaveLength(1);
    expect(box('x[()]')).toHaveValue('2.5');
  });

  it('edits a 3-D array as text only', () => {
    const { root } = setup(full([2, 2, 2], 1));
    expect(screen.queryByRole('grid')).toBeNull();
    expect(root()).toHaveTextContent('3-D array: edit it as text');
    expect(root().querySelector('textarea[data-numpy-input="x"]')).toHaveValue(
      formatNumpy(full([2, 2, 2], 1)),
    );
  });
});
