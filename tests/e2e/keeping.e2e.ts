import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { fromJsonFile } from '../../src/share/jsonFile';
import { connectChromium } from './harness/chromium';
import { matrixSelector, NAME_SHIM, numpyOf, textBox, typeMatrix } from './harness/notebookPage';

/**
 * Keeping every edit (docs/sharing.md): a quick reload, two tabs of one browser, storage that cannot be
 * reached at all, and saves that fail. Each test asserts what the user sees and what is still there
 * after the page is opened again.
 */

/** A page of the app, with every page error and console error it raised. */
interface Tab {
  readonly page: Page;
  readonly problems: string[];
}

/** Waits until every cell shows its numbers (the two-layer net loads lazily, after the first cells). */
async function ready(page: Page): Promise<void> {
  await page.locator(`${matrixSelector('softmax-with-loss', 'loss')}:not([data-numpy=""])`).waitFor();
  await page.locator(`${matrixSelector('two-layer-net', 'loss')}:not([data-numpy=""])`).waitFor();
}

/** Opens `url` in a new page (tab) of `context`. */
async function tab(context: BrowserContext, url: string): Promise<Tab> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  await page.goto(url);
  await ready(page);
  return { page, problems };
}

const reluX = (page: Page) => numpyOf(page, 'relu', 'x');
const sigmoidX = (page: Page) => numpyOf(page, 'sigmoid', 'x');
const saved = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

/** Makes the `localStorage` and `sessionStorage` getters throw, as "block all site data" does. */
const BLOCK_STORAGE = `
for (const name of ['localStorage', 'sessionStorage']) {
  Object.defineProperty(window, name, {
    configurable: true,
    get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
  });
}`;

describe('keeping every edit, in Chromium', () => {
  let browser: Browser;
  let appUrl: string;
  const contexts: BrowserContext[] = [];
  const fresh = async (options: { locale?: string; init?: string } = {}) => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: options.locale,
    });
    await context.addInitScript(NAME_SHIM);
    if (options.init) await context.addInitScript(options.init);
    contexts.push(context);
    return context;
  };

  beforeAll(async () => {
    browser = await connectChromium(inject('browserWs'));
    appUrl = inject('appUrl');
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
  });

  it('a quick reload keeps the newest edit and is never called a shared link', async () => {
    const context = await fresh();
    const { page, problems } = await tab(context, appUrl);
    await typeMatrix(page, 'relu', 'x', '[[1,1]]');
    await expect.poll(() => reluX(page)).toBe('[[1 1]]');
    // The address bar has caught up with [[1,1]] (the issue waited 1.2 s for this).
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#v=1&s=/);
    const urlOfFirst = await page.evaluate(() => location.hash);
    await typeMatrix(page, 'relu', 'x', '[[2,2]]');
    await expect.poll(() => reluX(page)).toBe('[[2 2]]');
    // Reloading at once: before the autosave's quiet time is over, with the address still at [[1,1]].
    expect(await page.evaluate(() => location.hash)).toBe(urlOfFirst);
    await page.reload();
    await ready(page);
    expect(await reluX(page)).toBe('[[2 2]]');
    expect(await page.locator('[data-link-banner]').count()).toBe(0);
    // The address caught up, and the edit is still there in a new tab.
    await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(urlOfFirst);
    await page.close();
    const reopened = await tab(context, appUrl);
    expect(await reluX(reopened.page)).toBe('[[2 2]]');
    expect([...problems, ...reopened.problems]).toEqual([]);
  });

  it('two tabs editing different cells both keep their edits, live and after reopening', async () => {
    const context = await fresh();
    const a = await tab(context, appUrl);
    const b = await tab(context, appUrl);
    await typeMatrix(a.page, 'relu', 'x', '[[5, -5]]');
    await typeMatrix(b.page, 'sigmoid', 'x', '[7]');
    // Each tab shows the other's edit, without a reload.
    await expect.poll(() => reluX(b.page)).toBe('[[ 5 -5]]');
    await expect.poll(() => sigmoidX(a.page)).toBe('[7]');
    // Undo in B undoes B's own edit, not the one that came from A.
    await b.page.locator('[data-undo-step]').click();
    await expect.poll(() => sigmoidX(b.page)).not.toBe('[7]');
    expect(await reluX(b.page)).toBe('[[ 5 -5]]');
    await b.page.locator('[data-redo-step]').click();
    await expect.poll(() => sigmoidX(b.page)).toBe('[7]');
    await expect.poll(() => sigmoidX(a.page)).toBe('[7]');
    await a.page.close();
    await b.page.close();
    const reopened = await tab(context, appUrl);
    expect(await reluX(reopened.page)).toBe('[[ 5 -5]]');
    expect(await sigmoidX(reopened.page)).toBe('[7]');
    expect(await reopened.page.locator('[data-conflict]').count()).toBe(0);
    expect([...a.problems, ...b.problems, ...reopened.problems]).toEqual([]);
  }, 60_000);

  it('a draft being typed in one tab is not replaced by the other tab’s edit of that cell', async () => {
    const context = await fresh();
    const a = await tab(context, appUrl);
    const b = await tab(context, appUrl);
    const before = await reluX(b.page);
    const draft = await textBox(b.page, 'relu', 'x');
    await draft.fill('[[7, 7]]'); // typed, not committed: the store has not seen it
    await typeMatrix(a.page, 'relu', 'x', '[[5, 5]]');
    await typeMatrix(a.page, 'sigmoid', 'x', '[6]');
    // B has taken in A's other cell, so it has seen A's saves; the cell being typed in waits.
    await expect.poll(() => sigmoidX(b.page)).toBe('[6]');
    expect(await draft.inputValue()).toBe('[[7, 7]]');
    expect(await reluX(b.page)).toBe(before);
    // Committing the draft keeps both versions and asks, in both tabs.
    await draft.press('Control+Enter');
    await expect.poll(() => reluX(b.page)).toBe('[[7 7]]');
    await b.page.locator('[data-conflict="relu"]').waitFor();
    await a.page.locator('[data-conflict="relu"]').waitFor();
    expect(await reluX(a.page)).toBe('[[5 5]]');
    expect([...a.problems, ...b.problems]).toEqual([]);
  }, 60_000);

  it('two tabs editing the same cell keep both versions and let the user choose', async () => {
    const context = await fresh();
    // The tabs' clocks stand still while both edit, so neither edit is saved before the other is made:
    // both tabs changed the cell. Then time runs again and both save.
    await context.clock.install();
    const a = await tab(context, appUrl);
    const b = await tab(context, appUrl);
    await context.clock.pauseAt(Date.now() + 60_000);
    await typeMatrix(b.page, 'relu', 'x', '[[7]]');
    await typeMatrix(a.page, 'relu', 'x', '[[5]]');
    await expect.poll(() => reluX(b.page)).toBe('[[7]]');
    await context.clock.resume();
    // Each tab still shows its own version, and says the other tab's is kept too.
    for (const t of [a, b]) {
      const banner = t.page.locator('[data-conflict="relu"]');
      await banner.waitFor();
      expect(await banner.textContent()).toContain('was changed in another tab too');
    }
    expect(await reluX(a.page)).toBe('[[5]]');
    expect(await reluX(b.page)).toBe('[[7]]');
    // Both tabs close without choosing: both versions are still there.
    await a.page.close();
    await b.page.close();
    const c = await tab(context, appUrl);
    await c.page.locator('[data-conflict="relu"]').waitFor();
    const shown = await reluX(c.page);
    const other = shown === '[[5]]' ? '[[7]]' : '[[5]]';
    expect(['[[5]]', '[[7]]']).toContain(shown);
    await c.page.locator('[data-conflict="relu"] [data-conflict-use="theirs"]').click();
    await expect.poll(() => reluX(c.page)).toBe(other);
    expect(await c.page.locator('[data-conflict]').count()).toBe(0);
    // The version not chosen is set aside, and one undo away.
    expect(await saved(c.page, 'layer-explorer:cell-set-aside:relu')).toMatch(/^v=1&s=/);
    await c.page.locator('[data-undo-step]').click();
    await expect.poll(() => reluX(c.page)).toBe(shown);
    await c.page.locator('[data-redo-step]').click();
    await expect.poll(() => reluX(c.page)).toBe(other);
    await c.page.close();
    const d = await tab(context, appUrl);
    expect(await reluX(d.page)).toBe(other);
    expect(await d.page.locator('[data-conflict]').count()).toBe(0);
    expect([...a.problems, ...b.problems, ...c.problems, ...d.problems]).toEqual([]);
  }, 60_000);

  it('with storage blocked, it says plainly that nothing is saved, offers the file, and a reload is no “link”', async () => {
    const context = await fresh({ init: BLOCK_STORAGE });
    const { page, problems } = await tab(context, appUrl);
    const banner = page.locator('[data-link-banner="no-storage"]');
    expect(await banner.textContent()).toContain('Nothing is being saved in this browser.');
    await typeMatrix(page, 'relu', 'x', '[[3, -3]]');
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#v=1&s=/);
    await page.reload();
    await ready(page);
    expect(await reluX(page)).toBe('[[ 3 -3]]');
    expect(await page.locator('[data-link-banner="opened"]').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toContain('kept safe');
    expect(await page.locator('[data-link-banner="no-storage"]').count()).toBe(1);
    // The snapshot file holds the notebook on screen.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      banner.locator('[data-save-file]').click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const file = fromJsonFile(Buffer.concat(chunks).toString('utf8'));
    expect(file.ok && Array.from(file.snapshot.inputs.relu!.matrices.x.data)).toEqual([3, -3]);
    // Honest about what a new tab shows: nothing was kept.
    const other = await tab(context, appUrl);
    expect(await reluX(other.page)).not.toBe('[[ 3 -3]]');
    expect(await other.page.locator('[data-link-banner="no-storage"]').count()).toBe(1);
    expect([...problems, ...other.problems]).toEqual([]);
  });

  it('says in Japanese on a Japanese page that nothing is saved', async () => {
    const context = await fresh({ locale: 'ja-JP', init: BLOCK_STORAGE });
    const { page, problems } = await tab(context, appUrl);
    const banner = page.locator('[data-link-banner="no-storage"]');
    expect(await banner.textContent()).toContain('このブラウザには何も保存されていません。');
    expect(await banner.locator('[data-save-file]').textContent()).toBe(
      'スナップショットのファイルをダウンロード',
    );
    expect(problems).toEqual([]);
  });

  it('a 256×256 matrix is saved like any other edit (saving is not bound by a link’s caps)', async () => {
    const context = await fresh();
    const { page, problems } = await tab(context, appUrl);
    const rows = Array.from(
      { length: 256 },
      (_, i) => `[${Array.from({ length: 256 }, (_, j) => (i * 256 + j) % 7).join(',')}]`,
    );
    await typeMatrix(page, 'relu', 'x', `[${rows.join(',')}]`);
    await expect.poll(() => reluX(page), { timeout: 20_000 }).toMatch(/^\[\[0 1 2 \.\.\. 1 2 3\]/);
    const shown = await reluX(page);
    await typeMatrix(page, 'sigmoid', 'x', '[4]');
    await expect.poll(() => saved(page, 'layer-explorer:cell:sigmoid')).not.toBeNull();
    expect(await page.locator('[data-link-banner="broken-save"]').count()).toBe(0);
    await page.close();
    const reopened = await tab(context, appUrl);
    expect(await reluX(reopened.page)).toBe(shown);
    expect(await sigmoidX(reopened.page)).toBe('[4]');
    expect([...problems, ...reopened.problems]).toEqual([]);
  });

  it('when storage is full, it names the cells not saved, in the page’s language, and saves the rest', async () => {
    // The browser refuses ReLU's entry only, as a full storage refuses the one large write.
    const context = await fresh({
      init: `{
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key, value) {
          if (key === 'layer-explorer:cell:relu') throw new DOMException('quota exceeded', 'QuotaExceededError');
          return setItem.call(this, key, value);
        };
      }`,
    });
    const { page, problems } = await tab(context, appUrl);
    await typeMatrix(page, 'relu', 'x', '[[9]]');
    await typeMatrix(page, 'sigmoid', 'x', '[8]');
    const banner = page.locator('[data-link-banner="broken-save"]');
    await banner.waitFor();
    expect(await banner.getAttribute('data-cells')).toBe('relu');
    expect(await banner.getAttribute('data-error-code')).toBe('storage-refused');
    const english = (await banner.textContent()) ?? '';
    expect(english).toMatch(/Not saved: [^(]*ReLU/);
    expect(english).toContain('full');
    expect(english).not.toContain('link');
    await page.locator('[data-lang="ja"]').click();
    await expect.poll(() => banner.textContent()).toContain('変更の一部がこのブラウザに保存されていません。');
    await expect.poll(() => saved(page, 'layer-explorer:cell:sigmoid')).not.toBeNull();
    await page.close();
    const reopened = await tab(context, appUrl);
    expect(await sigmoidX(reopened.page)).toBe('[8]');
    expect([...problems, ...reopened.problems]).toEqual([]);
  });
});
