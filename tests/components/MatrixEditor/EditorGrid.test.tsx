// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EditorGrid } from '../../../src/components/MatrixEditor/EditorGrid';
import { box, cell, shown } from './gridElements';
import { gridShapeOf } from '../../../src/components/MatrixView/gridShape';
import { array, tensor, toNested, type Tensor } from '../../../src/engine';

afterEach(cleanup);

const x = array([
  [1.0, -0.5],
  [-2.0, 3.0],
]);

/** The grid with its value held in state, as the store would hold it. */
function Harness({ initial, onCommit }: { initial: Tensor; onCommit: (t: Tensor) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <EditorGrid
        name="x"
        label="x values"
        value={value}
        grid={gridShapeOf(value)!}
        onCommit={(t) => {
          onCommit(t);
          setValue(t);
        }}
      />
      <button type="button">after</button>
    </>
  );
}

function setup(initial: Tensor = x) {
  const onCommit = vi.fn<(t: Tensor) => void>();
  const user = userEvent.setup();
  render(<Harness initial={initial} onCommit={onCommit} />);
  return { onCommit, user };
}

describe('EditorGrid', () => {
  it('is a labelled grid of cells, each box labelled by its NumPy index and showing NumPy’s text', () => {
    setup();
    expect(screen.getByRole('grid', { name: 'x values' })).toBeInTheDocument();
    expect(screen.getAllByRole('gridcell')).toHaveLength(4);
    expect(shown('x[0, 0]')).toBe('1.');
    expect(shown('x[0, 1]')).toBe('-0.5');
    expect(shown('x[1, 0]')).toBe('-2.');
  });

  it('only the active element is a text box: a click makes another one active, its text selected', async () => {
    const { user } = setup();
    expect(screen.getAllByRole('textbox')).toEqual([box('x[0, 0]')]);
    expect(cell('x[1, 1]')).toHaveTextContent('3.');
    await user.click(cell('x[1, 1]'));
    expect(box('x[1, 1]')).toHaveFocus();
    expect(box('x[1, 1]').tabIndex).toBe(0);
    expect([box('x[1, 1]').selectionStart, box('x[1, 1]').selectionEnd]).toEqual([0, 2]);
    expect(screen.getAllByRole('textbox')).toEqual([box('x[1, 1]')]);
    expect(cell('x[0, 0]')).toHaveTextContent('1.');
  });

  it('clicking another element commits the draft being typed, as leaving its box does', async () => {
    const { user, onCommit } = setup();
    await user.click(cell('x[0, 0]'));
    await user.keyboard('8');
    await user.click(cell('x[1, 1]'));
    expect(toNested(onCommit.mock.lastCall![0])).toEqual([
      [8, -0.5],
      [-2, 3],
    ]);
    expect(cell('x[0, 0]')).toHaveTextContent('8.');
    expect(box('x[1, 1]')).toHaveFocus();
  });

  it('an invalid draft keeps its box, draft and message when another element is clicked', async () => {
    const { user, onCommit } = setup();
    await user.click(cell('x[0, 1]'));
    await user.keyboard('nope');
    await user.click(cell('x[1, 0]'));
    expect(onCommit).not.toHaveBeenCalled();
    expect(box('x[1, 0]')).toHaveFocus();
    expect(box('x[0, 1]').value).toBe('nope');
    expect(box('x[0, 1]')).toHaveAttribute('aria-invalid', 'true');
    expect(box('x[0, 1]').tabIndex).toBe(-1);
    expect(screen.getByRole('alert')).toHaveTextContent("x[0, 1]: could not convert string to float: 'nope'");
  });

  it('typing a value and pressing Enter commits a new tensor and moves down', async () => {
    const { user, onCommit } = setup();
    await user.click(cell('x[0, 1]'));
    await user.keyboard('2.5{Enter}');
    expect(onCommit).toHaveBeenCalledTimes(1);
    expect(toNested(onCommit.mock.calls[0][0])).toEqual([
      [1, 2.5],
      [-2, 3],
    ]);
    expect(box('x[1, 1]')).toHaveFocus();
    expect(shown('x[0, 1]')).toBe('2.5');
  });

  it('an entry equal to the value in force commits nothing and shows NumPy’s text again', async () => {
    const { user, onCommit } = setup();
    await user.click(cell('x[0, 0]'));
    await user.keyboard('1.0{Enter}');
    expect(onCommit).not.toHaveBeenCalled();
    expect(shown('x[0, 0]')).toBe('1.');
  });

  it('a bad value shows role="alert" naming the cell, keeps the draft and does not call onCommit', async () => {
    const { user, onCommit } = setup();
    await user.click(cell('x[1, 0]'));
    await user.keyboard('abc{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent("x[1, 0]: could not convert string to float: 'abc'");
    expect(onCommit).not.toHaveBeenCalled();
    expect(box('x[1, 0]')).toHaveFocus();
    expect(shown('x[1, 0]')).toBe('abc');
    expect(box('x[1, 0]')).toHaveAttribute('aria-invalid', 'true');
    expect(box('x[1, 0]')).toHaveAccessibleDescription(/could not convert/);
  });

  it('a float typed into an int64 matrix is refused with NumPy’s truncation explained', async () => {
    const { user, onCommit } = setup(array([[1, 2]]));
    await user.click(cell('x[0, 0]'));
    await user.keyboard('1.5{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'int64 matrix: 1.5 would be truncated to 1; switch dtype to float64',
    );
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('Escape reverts the draft to the value in force and clears the message', async () => {
    const { user, onCommit } = setup();
    await user.click(cell('x[0, 0]'));
    await user.keyboard('1.2.3{Enter}');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(shown('x[0, 0]')).toBe('1.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(box('x[0, 0]')).not.toHaveAttribute('aria-invalid');
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('fixing an invalid draft commits it and clears the message', async () => {
    const { user, onCommit } = setup();
    await user.click(cell('x[0, 0]'));
    await user.keyboard('abc{Enter}');
    await user.keyboard('{Control>}a{/Control}7{Enter}');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(toNested(onCommit.mock.lastCall![0])).toEqual([
      [7, -0.5],
      [-2, 3],
    ]);
  });

  it('arrow keys move between cells, stopping at the edges', async () => {
    const { user } = setup();
    await user.click(cell('x[0, 0]'));
    await user.keyboard('{ArrowRight}');
    expect(box('x[0, 1]')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(box('x[0, 1]')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(box('x[1, 1]')).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowUp}');
    expect(box('x[0, 0]')).toHaveFocus();
  });

  it('an arrow key commits the draft before moving', async () => {
    const { user, onCommit } = setup();
    await user.click(cell('x[0, 0]'));
    await user.keyboard('4{ArrowDown}');
    expect(box('x[1, 0]')).toHaveFocus();
    expect(toNested(onCommit.mock.lastCall![0])).toEqual([
      [4, -0.5],
      [-2, 3],
    ]);
  });

  it('Tab moves in reading order and leaves the grid after the last cell; the grid is one tab stop', async () => {
    const { user } = setup();
    await user.click(cell('x[0, 1]'));
    await user.tab();
    expect(box('x[1, 0]')).toHaveFocus();
    await user.tab({ shift: true });
    expect(box('x[0, 1]')).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(box('x[1, 1]')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
    expect(screen.getAllByRole('textbox').filter((b) => b.tabIndex === 0)).toEqual([box('x[1, 1]')]);
  });

  it('leaving a cell commits its draft', async () => {
    const { user, onCommit } = setup();
    await user.click(cell('x[0, 0]'));
    await user.keyboard('9');
    await user.click(screen.getByRole('button', { name: 'after' }));
    expect(toNested(onCommit.mock.lastCall![0])).toEqual([
      [9, -0.5],
      [-2, 3],
    ]);
  });

  it('pasting a 2x3 block fills from the cell pasted into and grows the matrix', async () => {
    const { user, onCommit } = setup();
    await user.click(cell('x[1, 0]'));
    await user.paste('1\t2\t3\n4\t5\t6\n');
    expect(onCommit).toHaveBeenCalledTimes(1);
    const t = onCommit.mock.calls[0][0];
    expect(t.shape).toEqual([3, 3]);
    expect(toNested(t)).toEqual([
      [1, -0.5, 0],
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(screen.getAllByRole('gridcell')).toHaveLength(9);
    expect(shown('x[2, 2]')).toBe('6.');
  });

  it('pasting NumPy text fills like a block; an invalid paste shows role="alert" and commits nothing', async () => {
    const { user, onCommit } = setup();
    await user.click(cell('x[0, 0]'));
    await user.paste('[[5 6]\n [7 8]]');
    expect(toNested(onCommit.mock.lastCall![0])).toEqual([
      [5, 6],
      [7, 8],
    ]);
    await user.paste('1\tx\n');
    expect(screen.getByRole('alert')).toHaveTextContent('pasted row 1, column 2');
    expect(onCommit).toHaveBeenCalledTimes(1);
  });

  it('pasting one value pastes it into the cell’s box as a draft', async () => {
    const { user, onCommit } = setup();
    await user.click(cell('x[0, 0]'));
    await user.paste('0.75');
    expect(onCommit).not.toHaveBeenCalled();
    expect(shown('x[0, 0]')).toBe('0.75');
  });

  it('a new value from outside refills the cells but keeps an invalid draft and its message', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn();
    const view = (v: Tensor) => (
      <EditorGrid name="x" label="x" value={v} grid={gridShapeOf(v)!} onCommit={onCommit} />
    );
    const { rerender } = render(view(x));
    await user.click(cell('x[0, 0]'));
    await user.keyboard('oops{Enter}');
    rerender(
      view(
        array([
          [1.0, 0.25],
          [-2.0, 3.0],
        ]),
      ),
    );
    expect(shown('x[0, 1]')).toBe('0.25');
    expect(box('x[0, 0]').value).toBe('oops');
    expect(screen.getByRole('alert')).toHaveTextContent('x[0, 0]');
  });

  it('a new value is written into the boxes’ text only: no attribute of any box changes', async () => {
    const view = (v: Tensor) => (
      <EditorGrid name="x" label="x" value={v} grid={gridShapeOf(v)!} onCommit={vi.fn()} />
    );
    const { rerender } = render(view(x));
    const grid = screen.getByRole('grid');
    const written: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const box = r.target as Element;
        if (box.tagName === 'INPUT') written.push(`${box.getAttribute('aria-label')}: ${r.attributeName}`);
      }
    });
    observer.observe(grid, { subtree: true, attributes: true });
    rerender(
      view(
        array([
          [4.0, -0.5],
          [-2.0, 0.125],
        ]),
      ),
    );
    await Promise.resolve();
    observer.disconnect();
    expect([shown('x[0, 0]'), shown('x[1, 1]')]).toEqual(['4.', '0.125']);
    // React writes `name` twice on every <input> it renders again, restyling each box of an edit.
    expect(written).toEqual([]);
  });

  it('True and False are typed into a bool matrix', async () => {
    const { user, onCommit } = setup(array([true, false]));
    expect(shown('x[0]')).toBe('True');
    await user.click(cell('x[1]'));
    await user.keyboard('True{Enter}');
    expect(toNested(onCommit.mock.lastCall![0])).toEqual([true, true]);
  });

  describe('above NumPy’s print threshold (1000 elements)', () => {
    /** 64×64 holding its own flat index, so each element names where it sits. */
    const big = tensor(
      [64, 64],
      'float64',
      Float64Array.from({ length: 64 * 64 }, (_, i) => i),
    );
    const at = (t: Tensor, r: number, c: number) => t.data[r * t.shape[1] + c];

    it('shows 7×7 cells: the first and last 3 rows and columns, with `...` between, as NumPy prints it', () => {
      setup(big);
      const rows = within(screen.getByRole('grid', { name: 'x values' })).getAllByRole('row');
      expect(rows).toHaveLength(7);
      for (const row of rows) expect(within(row).getAllByRole('gridcell')).toHaveLength(7);
      const elements = screen.getAllByRole('gridcell').filter((c) => c.textContent !== '...');
      expect(elements).toHaveLength(36);
      // One of them, the active one, is a text box; the others show their text.
      expect(screen.getAllByRole('textbox')).toHaveLength(1);
      // As NumPy 2.4 prints np.arange(4096.).reshape(64, 64): `[[0.000e+00 1.000e+00 2.000e+00 ... 6.100e+01`
      // (its edge items span more than three decades, so the printout is scientific).
      expect(shown('x[0, 2]')).toBe('2.000e+00');
      expect(shown('x[0, 61]')).toBe('6.100e+01');
      expect(shown('x[63, 63]')).toBe('4.095e+03');
      expect(screen.queryByRole('textbox', { name: 'x[3, 0]' })).toBeNull();
      expect(screen.queryByTitle('x[3, 0]')).toBeNull();
      expect(within(rows[3]).getAllByRole('gridcell')[0]).toHaveAccessibleName(
        'rows 3 to 60 hidden, as NumPy prints it; use text mode / print() to see all',
      );
      expect(within(rows[0]).getAllByRole('gridcell')[3]).toHaveAccessibleName(
        'columns 3 to 60 hidden, as NumPy prints it; use text mode / print() to see all',
      );
      expect(within(rows[3]).getAllByRole('gridcell')[3]).toHaveTextContent('...');
    });

    it('editing an edge cell commits that real element and no other', async () => {
      const { user, onCommit } = setup(big);
      await user.click(cell('x[63, 63]'));
      await user.keyboard('-1{Enter}');
      const first = onCommit.mock.lastCall![0];
      expect(at(first, 63, 63)).toBe(-1);
      expect(at(first, 63, 62)).toBe(63 * 64 + 62);
      await user.click(cell('x[0, 1]'));
      await user.keyboard('7.5{Enter}');
      const second = onCommit.mock.lastCall![0];
      expect(at(second, 0, 1)).toBe(7.5);
      expect(at(second, 63, 63)).toBe(-1);
      expect(second.data.filter((v, i) => v !== i)).toHaveLength(2);
      // NumPy prints the edited array `[[ 0.000e+00  7.500e+00  2.000e+00 ...`.
      expect(shown('x[0, 1]')).toBe('7.500e+00');
    });

    it('a block pasted at an edge cell fills from that real index', async () => {
      const { user, onCommit } = setup(big);
      await user.click(cell('x[62, 62]'));
      await user.paste('1\t2\n3\t4\n');
      const t = onCommit.mock.lastCall![0];
      expect(t.shape).toEqual([64, 64]);
      expect([at(t, 62, 62), at(t, 62, 63), at(t, 63, 62), at(t, 63, 63)]).toEqual([1, 2, 3, 4]);
      expect(at(t, 61, 61)).toBe(61 * 64 + 61);
    });

    it('arrows and Tab jump over the hidden rows and columns', async () => {
      const { user } = setup(big);
      await user.click(cell('x[2, 2]'));
      await user.keyboard('{ArrowDown}');
      expect(box('x[61, 2]')).toHaveFocus();
      await user.keyboard('{ArrowRight}');
      expect(box('x[61, 61]')).toHaveFocus();
      await user.keyboard('{ArrowUp}');
      expect(box('x[2, 61]')).toHaveFocus();
      await user.click(cell('x[0, 63]'));
      await user.keyboard('{Tab}');
      expect(box('x[1, 0]')).toHaveFocus();
      await user.keyboard('{Shift>}{Tab}{/Shift}');
      expect(box('x[0, 63]')).toHaveFocus();
    });

    it('at exactly 1000 elements still shows every one', () => {
      setup(tensor([10, 100], 'float64', new Float64Array(1000)));
      expect(screen.getAllByRole('gridcell')).toHaveLength(1000);
      expect(shown('x[9, 99]')).toBe('0.');
    });
  });
});
