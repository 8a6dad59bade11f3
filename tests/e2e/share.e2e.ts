import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { array } from '../../src/engine';
import { defaultInputs } from '../../src/notebook/cells';
import { toBase64url } from '../../src/share/base64url';
import { encodeFragment } from '../../src/share/codec';
import { deflate } from '../../src/share/compression';
import { cellSnapshot } from '../../src/share/snapshot';
import { connectChromium } from './harness/chromium';
import { loadE2eFixture } from './harness/fixture';
import { matrixSelector, numpyOf, typeMatrix } from './harness/notebookPage';

const { seed, steps } = loadE2eFixture();
const reluStep = steps.find((s) => s.cell === 'relu' && s.name === 'x')!;
const sigmoidStep = steps.find((s) => s.cell === 'sigmoid' && s.name === 'x')!;

/** A page of the app, with every page error, console error and dialog it raised. */
interface Visit {
  readonly page: Page;
  readonly problems: string[];
}

/** Opens `url` in a new page of `context` and waits for the last cell's numbers. */
async function visit(context: BrowserContext, url: string): Promise<Visit> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url);
  await page.locator(`${matrixSelector('softmax-with-loss', 'loss')}:not([data-numpy=""])`).waitFor();
  // The two-layer net loads lazily, after the first cells.
  await page.locator(`${matrixSelector('two-layer-net', 'loss')}:not([data-numpy=""])`).waitFor();
  return { page, problems };
}

/** Every data-numpy on the page, as "cell/name". */
function allNumpy(page: Page): Promise<Record<string, string>> {
  return page
    .locator('[data-cell] [data-matrix]')
    .evaluateAll((nodes) =>
      Object.fromEntries(
        nodes.map((n) => [
          `${n.closest('[data-cell]')?.getAttribute('data-cell')}/${n.getAttribute('data-matrix')}`,
          n.getAttribute('data-numpy') ?? '',
        ]),
      ),
    );
}

/** Clicks a [data-share] button and returns the link it shows. */
async function share(page: Page, which: string): Promise<string> {
  await page.locator(`[data-share="${which}"]`).click();
  const scope = page.locator(`[data-share-for="${which}"]`);
  const status = scope.locator('[data-share-status]');
  await expect.poll(() => status.getAttribute('data-share-status')).toMatch(/^(copied|select)$/);
  return (await scope.locator('input[data-share-url]').inputValue()) ?? '';
}

/** A link fragment carrying `json` text, compressed as real links are, so that it reaches the checks. */
function packed(json: string, version = 1): string {
  return `v=${version}&s=${toBase64url(deflate(new TextEncoder().encode(json)))}`;
}

function reluPayload(x: string): string {
  return `{"cell":"relu","inputs":{"relu":{"matrices":{"x":${x}},"dout":"seed","seed":0}}}`;
}

describe('sharing, autosave and undo in Chromium', () => {
  let browser: Browser;
  let appUrl: string;
  const contexts: BrowserContext[] = [];
  const fresh = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
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

  it('a shared cell opens in a fresh browser with identical values, scrolled to and highlighted', async () => {
    const sender = await visit(await fresh(), appUrl);
    await typeMatrix(sender.page, 'softmax-with-loss', 'x', '[[0.5, 2.0], [-1.0, 0.25]]');
    await expect
      .poll(() => numpyOf(sender.page, 'softmax-with-loss', 'x'))
      .toBe('[[ 0.5   2.  ]\n [-1.    0.25]]');
    const link = await share(sender.page, 'softmax-with-loss');
    expect(link.startsWith(`${appUrl}#v=1&s=`)).toBe(true);
    console.log(`softmax-with-loss cell link: ${link.length} characters`);

    const receiver = await visit(await fresh(), link);
    expect(await allNumpy(receiver.page)).toEqual(await allNumpy(sender.page));
    const cell = receiver.page.locator('[data-cell="softmax-with-loss"]');
    await expect.poll(() => cell.getAttribute('data-linked')).toBe('');
    await expect
      .poll(() =>
        cell.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top < innerHeight && r.bottom > 0;
        }),
      )
      .toBe(true);
    expect(await receiver.page.locator('[data-link-banner="opened"]').count()).toBe(1);
    expect([...sender.problems, ...receiver.problems]).toEqual([]);
  });

  it('a shared notebook opens with identical values in every cell', async () => {
    const sender = await visit(await fresh(), appUrl);
    await typeMatrix(sender.page, 'relu', 'x', reluStep.text);
    await typeMatrix(sender.page, 'sigmoid', 'x', sigmoidStep.text);
    await expect.poll(() => numpyOf(sender.page, 'sigmoid', 'x')).toBe(sigmoidStep.numpy.x);
    const link = await share(sender.page, 'notebook');
    const receiver = await visit(await fresh(), link);
    expect(await allNumpy(receiver.page)).toEqual(await allNumpy(sender.page));
    expect([...sender.problems, ...receiver.problems]).toEqual([]);
  });

  it('opening a link keeps the user’s autosaved notebook, and “back to my notebook” restores it', async () => {
    const context = await fresh();
    const mine = await visit(context, appUrl);
    await typeMatrix(mine.page, 'relu', 'x', reluStep.text);
    await expect.poll(() => numpyOf(mine.page, 'relu', 'x')).toBe(reluStep.numpy.x);
    await mine.page.close(); // pagehide writes the autosave

    const d = defaultInputs();
    const fragment = encodeFragment(
      cellSnapshot(
        { ...d, relu: { ...d.relu, matrices: { ...d.relu.matrices, x: array([[7.0]], 'float64') } } },
        'relu',
      ),
    );
    if (!fragment.ok) throw new Error(fragment.error.message);
    const shared = await visit(context, `${appUrl}#${fragment.value}`);
    expect(await numpyOf(shared.page, 'relu', 'x')).toBe('[[7.]]');
    await shared.page.locator('[data-link-back]').click();
    await expect.poll(() => numpyOf(shared.page, 'relu', 'x')).toBe(reluStep.numpy.x);
    expect(shared.problems).toEqual([]);
  });

  it('edits survive a reload, with or without the URL', async () => {
    const context = await fresh();
    const { page, problems } = await visit(context, appUrl);
    await typeMatrix(page, 'relu', 'x', reluStep.text);
    await typeMatrix(page, 'sigmoid', 'x', sigmoidStep.text);
    await expect.poll(() => numpyOf(page, 'sigmoid', 'x')).toBe(sigmoidStep.numpy.x);
    const before = await allNumpy(page);
    await page.reload();
    await page.locator(`${matrixSelector('softmax-with-loss', 'loss')}:not([data-numpy=""])`).waitFor();
    // The two-layer net loads lazily, after the first cells.
    await page.locator(`${matrixSelector('two-layer-net', 'loss')}:not([data-numpy=""])`).waitFor();
    expect(await allNumpy(page)).toEqual(before);
    expect(await page.locator('[data-link-banner]').count()).toBe(0);
    const bare = await visit(context, appUrl);
    expect(await allNumpy(bare.page)).toEqual(before);
    expect([...problems, ...bare.problems]).toEqual([]);
  });

  it('a moment after an edit, the link worker has written it to the autosave and the address bar', async () => {
    const { page, problems } = await visit(await fresh(), appUrl);
    const saved = () => page.evaluate(() => localStorage.getItem('layer-explorer:cell:relu'));
    const address = () => page.evaluate(() => location.hash.slice(1));
    const before = await saved();
    const addressBefore = await address();
    await typeMatrix(page, 'relu', 'x', reluStep.text);
    await expect.poll(saved).not.toBe(before);
    await expect.poll(address).not.toBe(addressBefore);
    const written = await address();
    expect(page.workers().some((w) => w.url().includes('linkWorker'))).toBe(true);
    // What the worker wrote is the edited notebook: a new page opened from it shows the edit.
    const opened = await visit(await fresh(), `${appUrl}#${written}`);
    expect(await numpyOf(opened.page, 'relu', 'x')).toBe(reluStep.numpy.x);
    expect([...problems, ...opened.problems]).toEqual([]);
  });

  it('undo walks back edits across cells (Ctrl+Z), and redo walks forward (Ctrl+Shift+Z)', async () => {
    const { page, problems } = await visit(await fresh(), appUrl);
    await typeMatrix(page, 'relu', 'x', reluStep.text);
    await typeMatrix(page, 'sigmoid', 'x', sigmoidStep.text);
    await expect.poll(() => numpyOf(page, 'sigmoid', 'x')).toBe(sigmoidStep.numpy.x);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    await expect.poll(() => numpyOf(page, 'sigmoid', 'x')).toBe(seed.sigmoid.x);
    expect(await numpyOf(page, 'relu', 'x')).toBe(reluStep.numpy.x);
    await page.keyboard.press('Control+z');
    await expect.poll(() => numpyOf(page, 'relu', 'x')).toBe(seed.relu.x);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => numpyOf(page, 'relu', 'x')).toBe(reluStep.numpy.x);
    await page.locator('[data-redo-step]').click();
    await expect.poll(() => numpyOf(page, 'sigmoid', 'x')).toBe(sigmoidStep.numpy.x);
    expect(problems).toEqual([]);
  });

  const bomb = `v=1&s=${toBase64url(deflate(new Uint8Array(20_000_000).fill(32)))}`;
  const good = packed(reluPayload('{"shape":[2,2],"dtype":"float64","data":[1,-0.5,-2,3]}'));
  const broken: readonly (readonly [string, string, string])[] = [
    ['malformed', 'v=1&s=', 'malformed'],
    ['truncated', good.slice(0, -10), 'corrupt'],
    [
      'wrong version',
      packed(reluPayload('{"shape":[1],"dtype":"float64","data":[1]}'), 9),
      'unsupported-version',
    ],
    ['very long', `v=1&s=${'A'.repeat(100_000)}`, 'too-long'],
    ['script in the URL', 'v=1&s=<script>alert(1)</script>', 'bad-encoding'],
    [
      'HTML inside the snapshot',
      packed(
        reluPayload('{"shape":[1],"dtype":"float64","data":[1]}').replace(
          '"x"',
          '"<img src=x onerror=alert(1)>"',
        ),
      ),
      'invalid',
    ],
    [
      '__proto__ key',
      packed(reluPayload('{"shape":[1],"dtype":"float64","data":[1],"__proto__":{"polluted":true}}')),
      'forbidden-key',
    ],
    [
      'constructor key',
      packed(
        reluPayload('{"shape":[1],"dtype":"float64","data":[1]}').replace(
          '"seed":0',
          '"seed":0,"constructor":{"prototype":{"polluted":true}}',
        ),
      ),
      'forbidden-key',
    ],
    [
      'non-finite number',
      packed(reluPayload('{"shape":[1],"dtype":"float64","data":[1e999]}')),
      'non-finite',
    ],
    [
      'billion-element shape',
      packed(reluPayload('{"shape":[1000000000],"dtype":"float64","data":[]}')),
      'shape-too-large',
    ],
    ['decompression bomb', bomb, 'too-large'],
  ];

  it.each(broken)(
    'a broken link (%s) loads the defaults, says what was wrong, and raises nothing',
    async (_name, fragment, code) => {
      const { page, problems } = await visit(await fresh(), `${appUrl}#${fragment}`);
      const banner = page.locator('[data-link-banner="broken-link"]');
      expect(await banner.getAttribute('data-error-code')).toBe(code);
      expect(await banner.textContent()).toContain('This link could not be opened.');
      expect(await allNumpy(page)).toMatchObject({
        'relu/x': seed.relu.x,
        'softmax-with-loss/loss': seed['softmax-with-loss'].loss,
      });
      expect(await page.evaluate(() => 'polluted' in {})).toBe(false);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(new URL(page.url()).hash).toBe('');
      expect(problems).toEqual([]);
    },
  );
});
