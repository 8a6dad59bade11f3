// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText, selectContents } from '../../src/export/copyText';

const setClipboard = (value: unknown) =>
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });

afterEach(() => setClipboard(undefined));

describe('copyText', () => {
  it('writes the text to the clipboard and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    setClipboard({ writeText });
    await expect(copyText('print(x)')).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith('print(x)');
  });

  it('says it could not where the browser refuses, without throwing', async () => {
    setClipboard({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
    await expect(copyText('x')).resolves.toBe(false);
  });

  it('says it could not where there is no clipboard (an insecure page)', async () => {
    await expect(copyText('x')).resolves.toBe(false);
  });
});

describe('selectContents', () => {
  it('focuses the element and selects all of its contents', () => {
    const pre = document.createElement('pre');
    pre.tabIndex = 0;
    pre.append('a = 1\n', document.createElement('b'), 'print(a)');
    document.body.append(pre);
    selectContents(pre);
    const range = window.getSelection()!.getRangeAt(0);
    expect(document.activeElement).toBe(pre);
    expect([range.startContainer, range.startOffset, range.endContainer, range.endOffset]).toEqual([
      pre,
      0,
      pre,
      3,
    ]);
    pre.remove();
  });
});
