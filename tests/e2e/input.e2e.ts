import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { matrix, numpyOf, textBox, typeMatrix } from './harness/notebookPage';
import { notebookPerSuite } from './harness/suite';

/** The inline alert of a matrix's text mode. */
const textAlert = (page: Page, cell: string, name: string) =>
  matrix(page, cell, name).locator('.mx-text [role="alert"]');

/**
 * Pastes `count` copies of `line` into the focused element as the browser does: a paste event carrying
 * the text, then (unless the page prevents it) the text inserted as an input event. Built in the page, so
 * ten megabytes never cross the wire. Returns whether the text went in.
 */
function pasteInPage(page: Page, line: string, count: number): Promise<boolean> {
  return page.evaluate(
    ([line, count]) => {
      const text = line.repeat(count);
      const target = document.activeElement as HTMLTextAreaElement | HTMLInputElement;
      const data = new DataTransfer();
      data.setData('text/plain', text);
      const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      if (!target.dispatchEvent(event)) return false;
      const proto = Object.getPrototypeOf(target) as object;
      Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(target, target.value + text);
      target.dispatchEvent(new Event('input', { bubbles: true }));
      return true;
    },
    [line, count] as const,
  );
}

describe('input: messages in the page’s language, full-width text, big pastes', () => {
  const suite = notebookPerSuite();

  it('an inline parse error follows a language switch, worded whole in each language', async () => {
    const { page } = suite.notebook;
    await page.locator('[data-lang="en"]').click();
    await typeMatrix(page, 'relu', 'x', '[1, 2');
    const alert = textAlert(page, 'relu', 'x');
    await expect
      .poll(() => alert.textContent())
      .toBe("Line 1, column 6: the '[' at line 1, column 1 is never closed: expected ']'");
    await page.locator('[data-lang="ja"]').click();
    await expect
      .poll(() => alert.textContent())
      .toBe("1 行 6 列目: 1 行 1 列目の '[' が閉じられていません。']' が必要です");
    await page.locator('[data-lang="en"]').click();
    await expect.poll(() => alert.textContent()).toMatch(/^Line 1, column 6: the '\[' at line 1/);
    await (await textBox(page, 'relu', 'x')).press('Escape');
  });

  it('a grid error follows a language switch too', async () => {
    const { page } = suite.notebook;
    const x = matrix(page, 'relu', 'x');
    await x.locator('td[data-row="0"][data-col="0"]').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('ArrowDown');
    const alert = x.locator('[role="grid"] ~ [role="alert"], .mx-scroll ~ [role="alert"]').first();
    await expect.poll(() => alert.textContent()).toBe('x[0, 0]: empty entry: type a number');
    await page.locator('[data-lang="ja"]').click();
    await expect.poll(() => alert.textContent()).toBe('x[0, 0]: 空欄です。数値を入力してください');
    await page.locator('[data-lang="en"]').click();
    // Typing a value again clears the error.
    await x.locator('input[aria-label="x[0, 0]"]').fill('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => alert.count()).toBe(0);
  });

  it('full-width text is refused naming the character, and one click offers its half-width form', async () => {
    const { page } = suite.notebook;
    await page.locator('[data-lang="ja"]').click();
    const before = await numpyOf(page, 'relu', 'x');
    await typeMatrix(page, 'relu', 'x', '［［１，　－２．５］］');
    const alert = textAlert(page, 'relu', 'x');
    await expect
      .poll(() => alert.locator('p').first().textContent())
      .toMatch(/^1 行 1 列目: invalid character '［' \(U\+FF3B\)（Python のエラー）: 全角の '［' です。/);
    expect(await numpyOf(page, 'relu', 'x')).toBe(before);
    await page.locator('[data-cell="relu"] [data-half-width="x"]').click();
    const box = await textBox(page, 'relu', 'x');
    // The draft is replaced, not committed: the value in force is the same until Ctrl+Enter.
    expect(await box.inputValue()).toBe('[[1, -2.5]]');
    expect(await alert.count()).toBe(0);
    expect(await numpyOf(page, 'relu', 'x')).toBe(before);
    await box.press('Control+Enter');
    await expect.poll(() => numpyOf(page, 'relu', 'x')).toBe('[[ 1.  -2.5]]');
    await page.locator('[data-lang="en"]').click();
  });

  it('a 10 MB paste is refused at once, the draft is kept and the next keystroke shows in the box', async () => {
    const { page } = suite.notebook;
    const box = await textBox(page, 'sigmoid', 'x');
    await box.fill('[[3, 4]]');
    await box.focus();
    const line = '[0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0],\n';
    const inserted = await pasteInPage(page, line, Math.ceil((10 * 1024 * 1024) / line.length));
    expect(inserted).toBe(false);
    const alert = textAlert(page, 'sigmoid', 'x');
    await expect
      .poll(() => alert.textContent())
      .toBe(
        'Not pasted: the text is 10.0 MB long: the limit is 2.0 MB, so it was not read (your draft is kept)',
      );
    expect(await box.inputValue()).toBe('[[3, 4]]');
    // Responsive: a keystroke lands in the box, and the draft still applies.
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type(', 5');
    expect(await box.inputValue()).toBe('[[3, 4, 5]]');
    await box.press('Control+Enter');
    await expect.poll(() => numpyOf(page, 'sigmoid', 'x')).toBe('[[3 4 5]]');
  });

  it('a grid paste past 65,536 elements is refused with a message, and the matrix is unchanged', async () => {
    const { page } = suite.notebook;
    const x = matrix(page, 'relu', 'x');
    const before = await numpyOf(page, 'relu', 'x');
    await x.locator('td[data-row="0"][data-col="0"]').click();
    const inserted = await pasteInPage(page, `${'1\t'.repeat(299)}1\n`, 300);
    expect(inserted).toBe(false);
    const alert = x.locator('.mx-scroll ~ [role="alert"]');
    await expect
      .poll(() => alert.textContent())
      .toBe(
        'x[0, 0]: this paste is too large: a matrix here has at most 4,096 rows or columns and 65,536 elements (as a link carries); nothing was changed',
      );
    expect(await numpyOf(page, 'relu', 'x')).toBe(before);
    await page.keyboard.press('Escape');
  });

  it('an integer past 2**53 is refused saying why, and the other cells’ edits are still saved', async () => {
    const { page } = suite.notebook;
    const before = await numpyOf(page, 'relu', 'x');
    await typeMatrix(page, 'relu', 'x', '[9007199254740993, 1]');
    await expect
      .poll(() => textAlert(page, 'relu', 'x').textContent())
      .toMatch(
        /^Line 1, column 2: the integer 9007199254740993 is at or past 2\*\*53: NumPy's int64 holds it exactly, .* it would read as 9007199254740992\./,
      );
    expect(await numpyOf(page, 'relu', 'x')).toBe(before);
    // The edit after the refusal is autosaved too (closing the page writes it): a new page brings it back.
    await typeMatrix(page, 'sigmoid', 'x', '[[0.25, -0.75]]');
    await expect.poll(() => numpyOf(page, 'sigmoid', 'x')).toBe('[[ 0.25 -0.75]]');
    const url = page.url().replace(/#.*$/, '');
    await page.close();
    const again = await suite.notebook.context.newPage();
    await again.goto(url);
    await again.locator('[data-cell="sigmoid"] [data-matrix="x"]').waitFor();
    await expect.poll(() => numpyOf(again, 'sigmoid', 'x'), { timeout: 10_000 }).toBe('[[ 0.25 -0.75]]');
    expect(await numpyOf(again, 'relu', 'x')).toBe(before);
  });

  it('logs no page errors and no console errors', () => {
    expect(suite.notebook.problems).toEqual([]);
  });
});
