import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { connectChromium } from './harness/chromium';
import { NAME_SHIM } from './harness/notebookPage';

/**
 * The training panel in the production build: the worker loads the packed digits, Start trains, the
 * test-accuracy hook rises, Pause stops the step count, Start resumes it, Reset clears the run.
 */
describe('training the two-layer net on MNIST', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  const button = (name: string) => page.locator(`[data-training] [data-train="${name}"]`);
  const metric = async (name: string) =>
    page.locator(`[data-training] [data-metric="${name}"]`).getAttribute('data-value');
  const status = () => page.locator('[data-training] [data-train-status]').getAttribute('data-train-status');

  beforeAll(async () => {
    browser = await connectChromium(inject('browserWs'));
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(NAME_SHIM);
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await page.goto(inject('appUrl'));
    await page.locator('[data-training] [data-train-status="idle"]').waitFor({ timeout: 60_000 });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('loads the digits and shows the 8,000 / 2,000 split', async () => {
    expect(await page.locator('[data-training] [data-split]').getAttribute('data-split')).toBe('8000/2000');
    expect(await metric('test-accuracy')).toBe('');
  });

  it('Start trains: the test accuracy rises above 0.8 within a minute', { timeout: 90_000 }, async () => {
    await button('start').click();
    await expect
      .poll(async () => Number((await metric('test-accuracy')) || 0), { timeout: 60_000, interval: 250 })
      .toBeGreaterThan(0.8);
    const train = Number(await metric('train-accuracy'));
    expect(train).toBeGreaterThan(0.8);
    expect(train).toBeLessThanOrEqual(1);
  });

  it('draws W1 as images while training', async () => {
    await expect
      .poll(() => page.locator('[data-training] [data-weights]').getAttribute('data-weights'))
      .not.toBe('');
  });

  it('a digit drawn on the pad gets a prediction with ten probabilities', async () => {
    const pad = page.locator('[data-training] [data-drawing-pad]');
    await pad.scrollIntoViewIfNeeded();
    const box = (await pad.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.15);
    await page.mouse.down();
    for (let f = 0.15; f <= 0.85; f += 0.05)
      await page.mouse.move(box.x + box.width / 2, box.y + box.height * f);
    await page.mouse.up();
    const bars = page.locator('[data-training] [data-prediction] [data-class]');
    await expect.poll(() => bars.count()).toBe(10);
    const values = await bars.evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute('data-value'))));
    expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });

  it('Pause stops the step count; Start resumes it', async () => {
    await button('pause').click();
    await expect.poll(status).toBe('paused');
    const paused = await metric('step');
    await page.waitForTimeout(1000);
    expect(await metric('step')).toBe(paused);
    await button('start').click();
    await expect.poll(async () => Number(await metric('step'))).toBeGreaterThan(Number(paused));
  });

  it('Reset drops the run: step 0, no accuracy, ready to start again', async () => {
    await button('reset').click();
    await expect.poll(status).toBe('idle');
    expect(await metric('step')).toBe('0');
    expect(await metric('test-accuracy')).toBe('');
    await page.waitForTimeout(500);
    expect(await metric('step')).toBe('0');
  });

  it('logs no page errors and no console errors', () => {
    expect(problems).toEqual([]);
  });
});
