// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { array } from '../../src/engine';
import { decodeFragment } from '../../src/share/codec';
import { ShareButton } from '../../src/share/ShareButton';
import { createNotebookStore, type NotebookStore } from '../../src/store/notebookStore';
import { NotebookStoreContext } from '../../src/store/useNotebook';
import { comparable } from './arbitraries';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderWith(store: NotebookStore, cell?: 'relu') {
  return render(
    <NotebookStoreContext.Provider value={store}>
      <ShareButton cell={cell} />
    </NotebookStoreContext.Provider>,
  );
}

function stubClipboard(writeText: (text: string) => Promise<void>) {
  vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
}

describe('ShareButton', () => {
  it('puts a link to the cell’s current inputs in input[data-share-url] and copies it', async () => {
    const store = createNotebookStore();
    store.getState().setMatrix('relu', 'x', array([[-0, 2]]));
    const writeText = vi.fn(() => Promise.resolve());
    stubClipboard(writeText);
    const { container } = renderWith(store, 'relu');
    await userEvent.click(screen.getByRole('button', { name: 'Share this cell' }));
    const url = container.querySelector<HTMLInputElement>('input[data-share-url]')!.value;
    expect(writeText).toHaveBeenCalledWith(url);
    expect(container.querySelector('[data-share-status]')?.getAttribute('data-share-status')).toBe('copied');
    expect(screen.getByText('Link copied.')).toBeInTheDocument();
    const back = decodeFragment(new URL(url).hash);
    expect(back.ok && back.snapshot.cell).toBe('relu');
    expect(back.ok && comparable(back.snapshot.inputs.relu)).toEqual(
      comparable(store.getState().inputs.relu),
    );
  });

  it('asks the user to copy, with the link selected, when the clipboard is refused', async () => {
    stubClipboard(() => Promise.reject(new Error('denied')));
    const { container } = renderWith(createNotebookStore());
    await userEvent.click(screen.getByRole('button', { name: 'Share the notebook' }));
    expect(container.querySelector('[data-share]')?.getAttribute('data-share')).toBe('notebook');
    expect(screen.getByText('Select the link and copy it (Ctrl+C).')).toBeInTheDocument();
    const input = container.querySelector<HTMLInputElement>('input[data-share-url]')!;
    expect(document.activeElement).toBe(input);
    expect(input.selectionEnd! - input.selectionStart!).toBe(input.value.length);
  });

  it('offers a JSON file beside a link past 8 KB', async () => {
    stubClipboard(() => Promise.resolve());
    const store = createNotebookStore();
    const noisy = Array.from({ length: 40 }, (_, i) =>
      Array.from({ length: 40 }, (_, j) => Math.sin(i * 40 + j)),
    );
    store.getState().setMatrix('relu', 'x', array(noisy));
    const createObjectURL = vi.fn(() => 'blob:snapshot');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderWith(store, 'relu');
    await userEvent.click(screen.getByRole('button', { name: 'Share this cell' }));
    expect(screen.getByText(/chat apps may cut it/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Download as a file' }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('says why a cell too large for a link cannot be shared', async () => {
    const store = createNotebookStore();
    store.getState().setMatrix('relu', 'x', array(new Array(70_000).fill(1)));
    const { container } = renderWith(store, 'relu');
    await act(() => userEvent.click(screen.getByRole('button', { name: 'Share this cell' })));
    expect(screen.getByRole('alert').textContent).toMatch(
      /cannot be shared as a link: It asks for a matrix larger/,
    );
    expect(container.querySelector('input[data-share-url]')).toBeNull();
  });
});
