import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { connectChromium } from './harness/chromium';
import { matrixSelector, NAME_SHIM } from './harness/notebookPage';

/** A fresh browser profile with the given browser language, and every page error it raises. */
interface Visit {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly problems: string[];
}

async function visit(browser: Browser, locale: string): Promise<Visit> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  await context.addInitScript(NAME_SHIM);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  await load(page, inject('appUrl'));
  return { context, page, problems };
}

/** Opens (or reloads) the page and waits for the last cell's numbers. */
async function load(page: Page, url?: string): Promise<void> {
  if (url) await page.goto(url);
  else await page.reload();
  await page.locator(`${matrixSelector('softmax-with-loss', 'loss')}:not([data-numpy=""])`).waitFor();
  // The two-layer net loads lazily, after the first cells.
  await page.locator(`${matrixSelector('two-layer-net', 'loss')}:not([data-numpy=""])`).waitFor();
}

const htmlAttr = (page: Page, name: string) => page.locator('html').getAttribute(name);
const reluTitle = (page: Page) => page.locator('[data-cell="relu"] h2').textContent();

describe('languages', () => {
  let browser: Browser;
  const visits: Visit[] = [];

  beforeAll(async () => {
    browser = await connectChromium(inject('browserWs'));
  });
  afterAll(async () => {
    for (const v of visits) await v.context.close();
    await browser?.close();
  });

  it('follows an English browser on a first visit', async () => {
    const v = await visit(browser, 'en-US');
    visits.push(v);
    expect(await htmlAttr(v.page, 'lang')).toBe('en');
    expect(await v.page.locator('[data-lang="en"]').getAttribute('aria-pressed')).toBe('true');
    expect(await reluTitle(v.page)).toContain('Implementing the ReLU layer');
    expect(v.problems).toEqual([]);
  });

  it('follows a Japanese browser on a first visit', async () => {
    const v = await visit(browser, 'ja-JP');
    visits.push(v);
    expect(await htmlAttr(v.page, 'lang')).toBe('ja');
    expect(await reluTitle(v.page)).toBe('ReLUレイヤの実装');
    expect(v.problems).toEqual([]);
  });

  it('switches to Japanese with [data-lang="ja"], and stays Japanese after a reload', async () => {
    const v = await visit(browser, 'en-US');
    visits.push(v);
    await v.page.locator('[data-lang="ja"]').click();
    expect(await htmlAttr(v.page, 'lang')).toBe('ja');
    expect(await reluTitle(v.page)).toBe('ReLUレイヤの実装');
    expect(await v.page.locator('[data-cell="sigmoid"] h2').textContent()).toBe('Sigmoidレイヤ');
    expect(await v.page.locator('[data-share="relu"]').textContent()).toBe('このセルを共有');
    expect(await v.page.locator('[data-lang="ja"]').getAttribute('aria-pressed')).toBe('true');
    expect(await v.page.title()).toBe('Layer Explorer — 誤差逆伝播法');

    await load(v.page);
    expect(await htmlAttr(v.page, 'lang')).toBe('ja');
    expect(await reluTitle(v.page)).toBe('ReLUレイヤの実装');
    expect(await v.page.evaluate(() => localStorage.getItem('layer-explorer:lang'))).toBe('ja');
    // A preference, not notebook data: the address (the notebook's link) does not carry it.
    expect(v.page.url()).not.toMatch(/lang/);
    expect(v.problems).toEqual([]);
  });

  it('draws the cell charts in the page’s language, switching with it', async () => {
    const v = await visit(browser, 'en-US');
    visits.push(v);
    const chartText = () =>
      v.page
        .locator('[data-cell="batch-affine"] [data-chart] .main-svg')
        .evaluateAll((svgs) => svgs.map((svg) => svg.textContent ?? '').join(' '));
    const label = v.page.locator('[data-cell="softmax-with-loss"] [data-chart] [role="img"]');
    await expect.poll(chartText, { timeout: 10_000 }).toContain('column sums of dout');
    await v.page.locator('[data-lang="ja"]').click();
    await expect.poll(chartText, { timeout: 10_000 }).toContain('dout の列和');
    expect(await chartText()).not.toContain('column sums of dout');
    expect(await label.getAttribute('aria-label')).toBe('各行の softmax の確率と正解クラスの印、そして損失');
    await v.page.locator('[data-lang="en"]').click();
    await expect.poll(chartText, { timeout: 10_000 }).toContain('column sums of dout');
    expect(v.problems).toEqual([]);
  });

  it('switches back to English with [data-lang="en"]', async () => {
    const v = await visit(browser, 'ja-JP');
    visits.push(v);
    await v.page.locator('[data-lang="en"]').click();
    expect(await htmlAttr(v.page, 'lang')).toBe('en');
    expect(await reluTitle(v.page)).toContain('Implementing the ReLU layer');
    await load(v.page);
    expect(await htmlAttr(v.page, 'lang')).toBe('en');
  });
});

describe('dark mode', () => {
  let browser: Browser;
  let v: Visit;

  beforeAll(async () => {
    browser = await connectChromium(inject('browserWs'));
    v = await visit(browser, 'en-US');
  });
  afterAll(async () => {
    await v?.context.close();
    await browser?.close();
  });

  const background = (selector: string) =>
    v.page
      .locator(selector)
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
  /** A tinted matrix cell's background, and the dark tint it carries for the dark theme. */
  const tint = () =>
    v.page
      .locator('[data-cell="sigmoid"] [data-matrix="out"] td.mx-tone')
      .first()
      .evaluate((el) => ({
        shown: getComputedStyle(el).backgroundColor,
        dark: (el as HTMLElement).style.getPropertyValue('--mx-bg-dark'),
        light: (el as HTMLElement).style.getPropertyValue('--mx-bg-light'),
      }));

  it("follows the system's colour scheme until a theme is chosen", async () => {
    await v.page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => htmlAttr(v.page, 'data-theme')).toBe('dark');
    expect(await v.page.locator('[data-theme-choice="system"]').getAttribute('aria-pressed')).toBe('true');
    await v.page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => htmlAttr(v.page, 'data-theme')).toBe('light');
  });

  it('applies an explicit choice over the system, colours and matrix tints included, across a reload', async () => {
    const lightBody = await background('body');
    const lightTint = await tint();
    expect(lightTint.shown.replace(/\s/g, '')).toBe(lightTint.light.replace(/\s/g, ''));

    await v.page.locator('[data-theme-choice="dark"]').click();
    expect(await htmlAttr(v.page, 'data-theme')).toBe('dark');
    expect(await background('body')).toBe('rgb(22, 24, 29)');
    expect(await background('body')).not.toBe(lightBody);
    const darkTint = await tint();
    expect(darkTint.shown.replace(/\s/g, '')).toBe(darkTint.dark.replace(/\s/g, ''));

    await load(v.page);
    expect(await htmlAttr(v.page, 'data-theme')).toBe('dark');
    expect(await v.page.locator('[data-theme-choice="dark"]').getAttribute('aria-pressed')).toBe('true');

    await v.page.emulateMedia({ colorScheme: 'dark' });
    await v.page.locator('[data-theme-choice="light"]').click();
    expect(await htmlAttr(v.page, 'data-theme')).toBe('light');
    expect(await background('body')).toBe(lightBody);
    expect(v.problems).toEqual([]);
  });
});
