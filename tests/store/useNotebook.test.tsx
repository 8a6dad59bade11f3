// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createNotebookStore, notebookStore } from '../../src/store/notebookStore';
import { NotebookStoreContext, useNotebook } from '../../src/store/useNotebook';

afterEach(cleanup);

function Dout() {
  return <p>{useNotebook((s) => s.inputs.relu.dout)}</p>;
}

describe('useNotebook', () => {
  it("reads the app's store when no other is provided", () => {
    render(<Dout />);
    expect(screen.getByText(notebookStore.getState().inputs.relu.dout)).toBeInTheDocument();
  });

  it('reads the provided store and re-renders when its slice changes', () => {
    const store = createNotebookStore();
    render(
      <NotebookStoreContext value={store}>
        <Dout />
      </NotebookStoreContext>,
    );
    expect(screen.getByText('seed')).toBeInTheDocument();
    act(() => store.getState().setDout('relu', 'ones'));
    expect(screen.getByText('ones')).toBeInTheDocument();
  });
});
