// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { array } from '../../src/engine';
import { ExportButton } from '../../src/export/ExportButton';
import { pythonScript } from '../../src/export/pythonScript';
import { createLangStore } from '../../src/i18n/langStore';
import { LangStoreContext } from '../../src/i18n/useT';
import { renderWithStore } from '../cells/renderWithStore';

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

afterEach(() => {
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
});

const codeOf = (container: HTMLElement) => container.querySelector('[data-export-code]');

describe('ExportButton', () => {
  it("shows the cell's script for its current inputs and copies it to the clipboard", async () => {
    const writeText = vi.fn(() => Promise.resolve());
    stubClipboard(writeText);
    const { container, store } = renderWithStore(<ExportButton cell="relu" />);
    expect(codeOf(container)).toBeNull();
    fireEvent.click(container.querySelector('[data-export="python"]')!);
    const script = pythonScript('relu', store.getState().inputs.relu);
    await waitFor(() => expect(codeOf(container)!.textContent).toBe(script));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied to the clipboard'));
    expect(writeText).toHaveBeenCalledWith(script);
    expect(container.querySelector('[data-export="python"]')).toHaveAttribute('aria-expanded', 'true');
  });

  it('selects the script for Ctrl+C where the browser refuses the clipboard', async () => {
    stubClipboard(() => Promise.reject(new Error('NotAllowedError')));
    const { container } = renderWithStore(<ExportButton cell="sigmoid" />);
    fireEvent.click(container.querySelector('[data-export="python"]')!);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('press Ctrl+C'));
    // The whole <pre> is selected (jsdom's Range cannot print its text, so its bounds are compared).
    const range = window.getSelection()!.getRangeAt(0);
    expect(range.startContainer).toBe(codeOf(container));
    expect([range.startOffset, range.endOffset]).toEqual([0, codeOf(container)!.childNodes.length]);
    expect(document.activeElement).toBe(codeOf(container));
  });

  it('selects the script where there is no clipboard at all (an insecure page)', async () => {
    const { container } = renderWithStore(<ExportButton cell="affine" />);
    fireEvent.click(container.querySelector('[data-export="python"]')!);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('press Ctrl+C'));
  });

  it('follows edits while open, and a copy of the old script no longer shows as copied', async () => {
    stubClipboard(() => Promise.resolve());
    const { container, store } = renderWithStore(<ExportButton cell="relu" />);
    fireEvent.click(container.querySelector('[data-export="python"]')!);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied'));
    act(() => store.getState().setMatrix('relu', 'x', array([5, -6], 'int64')));
    await waitFor(() =>
      expect(codeOf(container)!.textContent).toContain('x = np.array([5, -6], dtype=np.int64)'),
    );
    expect(screen.getByRole('status')).toHaveTextContent('');
    fireEvent.click(container.querySelector('[data-export-copy]')!);
    await waitFor(() => expect(screen.getByRole('status')).toHaveAttribute('data-copied', 'true'));
  });

  it('closes on a second press', () => {
    const { container } = renderWithStore(<ExportButton cell="relu" />);
    const button = container.querySelector('[data-export="python"]')!;
    fireEvent.click(button);
    fireEvent.click(button);
    expect(codeOf(container)).toBeNull();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('renders nothing for a cell with no Python export', () => {
    const { container } = renderWithStore(<ExportButton cell="two-layer-net" />);
    expect(container.innerHTML).toBe('');
  });

  it('speaks Japanese in a Japanese page', async () => {
    stubClipboard(() => Promise.resolve());
    const { container } = renderWithStore(
      <LangStoreContext value={createLangStore({ storage: null, languages: ['ja'] })}>
        <ExportButton cell="relu" />
      </LangStoreContext>,
    );
    const button = container.querySelector('[data-export="python"]')!;
    expect(button).toHaveTextContent(/^Python に書き出す$/);
    fireEvent.click(button);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('クリップボードにコピーしました'),
    );
    expect(container.querySelector('[data-export-copy]')).toHaveTextContent(/^コピー$/);
  });
});
