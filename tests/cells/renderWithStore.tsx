import { act, cleanup, fireEvent, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import { createNotebookStore, type NotebookStore } from '../../src/store/notebookStore';
import { NotebookStoreContext } from '../../src/store/useNotebook';

// Vitest runs without globals here, so Testing Library cannot unmount between tests by itself.
afterEach(cleanup);

/** Renders `ui` over a fresh notebook store (the seed's inputs) and hands both back. */
export function renderWithStore(ui: ReactElement, store: NotebookStore = createNotebookStore()) {
  const result = render(<NotebookStoreContext value={store}>{ui}</NotebookStoreContext>);
  return { ...result, store };
}

/** The `data-numpy` text of matrix `name` in cell `cell`. */
export function numpyOf(container: HTMLElement, cell: string, name: string): string | null {
  const el = container.querySelector(`[data-cell="${cell}"] [data-matrix="${name}"]`);
  if (!el) throw new Error(`no matrix ${name} in cell ${cell}`);
  return el.getAttribute('data-numpy');
}

/** Types `text` into matrix `name`'s NumPy text box in cell `cell` and commits it with Ctrl+Enter. */
export function commitText(container: HTMLElement, cell: string, name: string, text: string): void {
  const scope = `[data-cell="${cell}"] [data-matrix="${name}"]`;
  let box = container.querySelector<HTMLTextAreaElement>(`${scope} textarea[data-numpy-input="${name}"]`);
  if (!box) {
    const toggle = container.querySelector<HTMLElement>(`${scope} [data-edit-text="${name}"]`);
    if (!toggle) throw new Error(`matrix ${name} in cell ${cell} has no text mode`);
    act(() => toggle.click());
    box = container.querySelector<HTMLTextAreaElement>(`${scope} textarea[data-numpy-input="${name}"]`)!;
  }
  fireEvent.change(box, { target: { value: text } });
  fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
}

/** The element of matrix `name` in cell `cell`. */
export function matrixOf(container: HTMLElement, cell: string, name: string): HTMLElement {
  return container.querySelector<HTMLElement>(`[data-cell="${cell}"] [data-matrix="${name}"]`)!;
}
