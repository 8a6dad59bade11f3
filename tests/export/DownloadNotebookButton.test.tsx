// @vitest-environment jsdom
import { fireEvent } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { array } from '../../src/engine';
import { DownloadNotebookButton } from '../../src/export/DownloadNotebookButton';
import { ipynb } from '../../src/export/ipynb';
import { renderWithStore } from '../cells/renderWithStore';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('DownloadNotebookButton', () => {
  it('downloads layer-explorer.ipynb with every cell’s current inputs', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((b: Blob) => {
        blobs.push(b);
        return 'blob:notebook';
      }),
      revokeObjectURL: vi.fn(),
    });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const { container, store } = renderWithStore(<DownloadNotebookButton />);
    store.getState().setMatrix('relu', 'x', array([3, -4], 'int64'));

    fireEvent.click(container.querySelector('[data-export="ipynb"]')!);
    await vi.dynamicImportSettled();

    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe('layer-explorer.ipynb');
    expect(clicked[0].href).toBe('blob:notebook');
    expect(clicked[0].isConnected).toBe(false);
    expect(blobs[0].type).toBe('application/x-ipynb+json');
    expect(await blobs[0].text()).toBe(ipynb(store.getState().inputs));
    expect(await blobs[0].text()).toContain('x = np.array([3, -4], dtype=np.int64)');
    vi.runAllTimers();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:notebook');
  });
});
