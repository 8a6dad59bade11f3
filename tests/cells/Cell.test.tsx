// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Cell } from '../../src/cells/Cell';
import { CELLS } from '../../src/notebook/cells';
import { renderWithStore } from './renderWithStore';

let failing = true;
function Fragile() {
  const [n] = useState(1);
  if (failing) throw new Error('kaboom');
  return <p>live part {n}</p>;
}

describe('Cell', () => {
  beforeEach(() => {
    failing = true;
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it("carries the data-cell hook, the title and commentary in English with the seed's Japanese kept", () => {
    failing = false;
    const { container } = renderWithStore(
      <Cell def={CELLS.relu}>
        <Fragile />
      </Cell>,
    );
    const cell = container.querySelector<HTMLElement>('[data-cell="relu"]')!;
    expect(within(cell).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Implementing the ReLU layer ReLUレイヤの実装',
    );
    const seedNote = cell.querySelector('[data-note-source="seed"]')!;
    expect(seedNote.querySelector('[lang="ja"]')).toHaveTextContent('Reluはmask変数をもつ');
    expect(seedNote.querySelector('[lang="en"]')).toHaveTextContent('Relu has a mask variable');
    expect(cell.querySelector('[data-note-source="ours"]')).toHaveTextContent('our note');
  });

  it('keeps a crash in its live part inside the cell, with a way back to the seed', () => {
    const { container, store } = renderWithStore(
      <>
        <Cell def={CELLS.relu}>
          <Fragile />
        </Cell>
        <Cell def={CELLS.sigmoid}>
          <p>sigmoid still here</p>
        </Cell>
      </>,
    );
    const relu = container.querySelector<HTMLElement>('[data-cell="relu"]')!;
    expect(within(relu).getByRole('alert')).toHaveTextContent('kaboom');
    expect(relu.querySelector('.seed-source')).toHaveTextContent('class Relu:');
    expect(screen.getByText('sigmoid still here')).toBeInTheDocument();

    store.getState().setDout('relu', 'ones');
    failing = false;
    fireEvent.click(within(relu).getByRole('button', { name: /Reset this cell/ }));
    expect(store.getState().inputs.relu.dout).toBe('seed');
    expect(within(relu).getByText('live part 1')).toBeInTheDocument();
  });

  it('renders nothing in the chart slot until a chart is given', () => {
    failing = false;
    const { container } = renderWithStore(
      <Cell def={CELLS.relu}>
        <Fragile />
      </Cell>,
    );
    expect(container.querySelector('[data-chart-slot="relu"]')).toBeEmptyDOMElement();
  });
});
