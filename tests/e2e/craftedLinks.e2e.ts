import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { formatNumpy } from '../../src/engine';
import { defaultInputs } from '../../src/notebook/cells';
import { toBase64url } from '../../src/share/base64url';
import { decodeFragment } from '../../src/share/codec';
import { deflate } from '../../src/share/compression';
import { CELL_IDS } from '../../src/notebook/cellIds';
import type { DecodeResult } from '../../src/share/errors';
import { STORAGE_CAPS } from '../../src/share/limits';
import { SNAPSHOT_VERSION, type Snapshot } from '../../src/share/snapshot';
import { CELL_KEYS, STORAGE_KEYS } from '../../src/store/persist';
import { connectChromium } from './harness/chromium';
import { matrix, matrixSelector, NAME_SHIM, numpyOf, typeMatrix } from './harness/notebookPage';

/**
 * Links (and an autosave) crafted by hand that pass the schema but not the cells' own rules, or whose
 * outputs would cost far more than their inputs: what the recipient sees, and what is saved afterwards.
 */

/** A link fragment carrying `payload` as JSON, compressed as real links are, so that it reaches the checks. */
function packed(payload: unknown): string {
  return `v=1&s=${toBase64url(deflate(new TextEncoder().encode(JSON.stringify(payload))))}`;
}

const wire = (shape: number[], value: number) => ({
  shape,
  dtype: 'float64',
  data: new Array(shape.reduce((a, b) => a * b, 1)).fill(value),
});

const seed = defaultInputs();
const seedText = (cell: keyof typeof seed, name: string) => formatNumpy(seed[cell].matrices[name]);

interface Visit {
  readonly page: Page;
  readonly problems: string[];
}

describe('crafted links in Chromium', () => {
  let browser: Browser;
  let appUrl: string;
  const contexts: BrowserContext[] = [];

  const fresh = async (init?: () => void) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(NAME_SHIM);
    if (init) await context.addInitScript(init);
    contexts.push(context);
    return context;
  };

  /** Opens `url` in a new page and waits for the last cell's numbers (or for its place, when capped). */
  const visit = async (context: BrowserContext, url: string): Promise<Visit> => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    await page.goto(url);
    await page.locator(matrixSelector('two-layer-net', 'loss')).waitFor();
    return { page, problems };
  };

  /**
   * The autosave as the page left it, decoded as the page decodes it: every cell's entry
   * (`layer-explorer:cell:<id>`), put together as one notebook; null when no cell is saved.
   */
  const autosaved = async (page: Page): Promise<DecodeResult | null> => {
    const raws = await page.evaluate(
      (keys) => keys.map((key) => localStorage.getItem(key)),
      CELL_IDS.map((id) => CELL_KEYS.saved(id)),
    );
    const decoded = raws.flatMap((raw) => (raw === null ? [] : [decodeFragment(raw, STORAGE_CAPS)]));
    if (decoded.length === 0) return null;
    const failed = decoded.find((d) => !d.ok);
    if (failed) return failed;
    const inputs: Snapshot['inputs'] = Object.assign(
      {},
      ...decoded.map((d) => (d.ok ? d.snapshot.inputs : {})),
    );
    const snapshot: Snapshot = { version: SNAPSHOT_VERSION, inputs };
    const issues = decoded.flatMap((d) => (d.ok ? (d.issues ?? []) : []));
    return issues.length > 0 ? { ok: true, snapshot, issues } : { ok: true, snapshot };
  };

  /** No cell fell into its error boundary ("a bug in this app"), and nothing was logged as an error. */
  const expectNoCrash = async (v: Visit) => {
    expect(await v.page.locator('.cell-crash').count()).toBe(0);
    expect(v.problems).toEqual([]);
  };

  beforeAll(async () => {
    browser = await connectChromium(inject('browserWs'));
    appUrl = inject('appUrl');
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
  });

  it("ReLU with no matrices opens with the seed's x and dout and says so; an edit elsewhere saves only what passed", async () => {
    const context = await fresh();
    const v = await visit(
      context,
      `${appUrl}#${packed({ inputs: { relu: { matrices: {}, dout: 'seed', seed: 0 } } })}`,
    );
    const issue = v.page.locator('[data-link-banner="opened"] [data-cell-issue="relu"]');
    expect(await issue.getAttribute('data-issue-code')).toBe('missing-matrix');
    expect(await issue.textContent()).toBe(
      "Implementing the ReLU layer: x, dout were missing, so the seed's values are shown in their place.",
    );
    expect(await numpyOf(v.page, 'relu', 'x')).toBe(seedText('relu', 'x'));
    expect(await numpyOf(v.page, 'relu', 'dx')).toBe('[[1. 0.]\n [0. 3.]]');

    await typeMatrix(v.page, 'sigmoid', 'x', '[[2.0]]');
    await expect.poll(() => v.page.locator('[data-link-banner="adopted"]').count()).toBe(1);
    await expect
      .poll(async () => {
        const saved = await autosaved(v.page);
        return saved?.ok ? formatNumpy(saved.snapshot.inputs.sigmoid!.matrices.x) : null;
      })
      .toBe('[[2.]]');
    const saved = await autosaved(v.page);
    expect(saved?.ok && saved.issues).toBeUndefined();
    if (saved?.ok) expect(Object.keys(saved.snapshot.inputs.relu!.matrices)).toEqual(['x', 'dout']);

    // The address bar follows the edit too (a reload before that is another part of the issue).
    await expect
      .poll(async () => {
        const url = decodeFragment(await v.page.evaluate(() => location.hash));
        return url.ok ? formatNumpy(url.snapshot.inputs.sigmoid!.matrices.x) : null;
      })
      .toBe('[[2.]]');
    await v.page.reload();
    await v.page.locator(`${matrixSelector('two-layer-net', 'loss')}:not([data-numpy=""])`).waitFor();
    expect(await numpyOf(v.page, 'sigmoid', 'x')).toBe('[[2.]]');
    expect(await numpyOf(v.page, 'relu', 'x')).toBe(seedText('relu', 'x'));
    expect(await v.page.locator('[data-cell-issue]').count()).toBe(0);
    await expectNoCrash(v);
  });

  it("dout 'custom' without a dout matrix: the seed's dout stands in, as the chosen custom dout", async () => {
    const v = await visit(
      await fresh(),
      `${appUrl}#${packed({ cell: 'relu', inputs: { relu: { matrices: { x: wire([1, 2], -1) }, dout: 'custom', seed: 0 } } })}`,
    );
    expect(await v.page.locator('[data-cell-issue="relu"]').textContent()).toContain('dout was missing');
    expect(await v.page.locator('[data-dout-source="relu"]').inputValue()).toBe('custom');
    expect(await numpyOf(v.page, 'relu', 'dout')).toBe(seedText('relu', 'dout'));
    // NumPy's own error: a (2, 2) dout under a (1, 2) mask.
    expect(await numpyOf(v.page, 'relu', 'dx')).toBe('');
    expect(await matrix(v.page, 'relu', 'dx').locator('[role="alert"]').textContent()).toMatch(
      /^IndexError: /,
    );
    await expectNoCrash(v);
  });

  it('ReLU with only a W is refused: nothing opens, the banner names the cell, in Japanese on a Japanese page', async () => {
    const context = await fresh(() => localStorage.setItem('layer-explorer:lang', 'ja'));
    const v = await visit(
      context,
      `${appUrl}#${packed({ inputs: { relu: { matrices: { W: wire([2, 2], 1) }, dout: 'seed', seed: 0 } } })}`,
    );
    await expect.poll(() => v.page.evaluate(() => document.documentElement.lang)).toBe('ja');
    const banner = v.page.locator('[data-link-banner="broken-link"]');
    expect(await banner.getAttribute('data-error-code')).toBe('cells-refused');
    expect(await banner.locator('[data-cell-issue="relu"]').textContent()).toBe(
      'ReLUレイヤの実装 は開きませんでした: このセルにない W を含んでいます（このセルが受け取るのは x, dout）。',
    );
    expect(await numpyOf(v.page, 'relu', 'x')).toBe(seedText('relu', 'x'));
    expect(await v.page.evaluate(() => location.hash)).toBe('');
    await expectNoCrash(v);
  });

  it('a notebook link with one refused cell opens the others', async () => {
    const v = await visit(
      await fresh(),
      `${appUrl}#${packed({
        inputs: {
          sigmoid: {
            matrices: { x: wire([1], 0), dout: wire([1], 1), t: wire([1], 0) },
            dout: 'seed',
            seed: 0,
          },
          'softmax-with-loss': {
            matrices: { x: wire([1, 2], 0), t: { shape: [1], dtype: 'int64', data: [1] } },
            dout: 'seed',
            seed: 0,
          },
        },
      })}`,
    );
    expect(await v.page.locator('[data-cell-issue="sigmoid"]').getAttribute('data-issue-code')).toBe(
      'unknown-matrix',
    );
    expect(await numpyOf(v.page, 'sigmoid', 'x')).toBe(seedText('sigmoid', 'x'));
    expect(await numpyOf(v.page, 'softmax-with-loss', 'loss')).toBe('0.6931469805599654'); // -np.log(0.5 + 1e-7);
    await expectNoCrash(v);
  });

  it("the issue's 294-character link, x (4096, 1) · W (1, 4096), is capped in out's place; every other output works", async () => {
    const context = await fresh();
    const link = `${appUrl}#${packed({
      cell: 'batch-affine',
      inputs: {
        'batch-affine': {
          matrices: { x: wire([4096, 1], 1), W: wire([1, 4096], 1), b: wire([3], 0), dout: wire([2, 3], 1) },
          dout: 'seed',
          seed: 0,
        },
      },
    })}`;
    const v = await visit(context, link);
    const out = matrix(v.page, 'batch-affine', 'out');
    await out.locator('[data-output-cap="output-too-large"]').waitFor();
    expect(await out.getAttribute('data-numpy')).toBe('');
    expect(await out.locator('[role="alert"]').textContent()).toBe(
      'Not computed: this result would have shape (4096, 4096), 16,777,216 values, more than the 262,144 this page computes for one output. NumPy would compute it; with smaller inputs it is shown here.',
    );
    // dx is NumPy's own error (the seed's dY does not line up with W.T), dout still shows, as does every other cell.
    expect(await matrix(v.page, 'batch-affine', 'dx').locator('[role="alert"]').textContent()).toMatch(
      /^ValueError: shapes/,
    );
    expect(await numpyOf(v.page, 'batch-affine', 'dout')).toBe('[[1 2 3]\n [4 5 6]]');
    expect(await numpyOf(v.page, 'relu', 'out')).toBe('[[1. 0.]\n [0. 3.]]');
    await v.page.locator(`${matrixSelector('two-layer-net', 'loss')}:not([data-numpy=""])`).waitFor();

    const cdp = await context.newCDPSession(v.page);
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    expect(heap.usedSize).toBeLessThan(200 * 2 ** 20);

    await v.page.locator('[data-lang="ja"]').click();
    await expect
      .poll(() => out.locator('[role="alert"]').textContent())
      .toBe(
        '計算しませんでした: この結果は形 (4096, 4096)、16,777,216 個の値になり、このページが 1 つの出力に計算する上限 262,144 個を超えます。NumPy なら計算できます。入力を小さくすると、ここに表示されます。',
      );
    await expectNoCrash(v);
  });

  it('labels t that broadcast into a huge pick cap the loss and the gradient check of the two-layer net; y still shows', async () => {
    const v = await visit(
      await fresh(),
      `${appUrl}#${packed({
        cell: 'two-layer-net',
        inputs: {
          'two-layer-net': {
            matrices: {
              x: wire([2048, 4], 1),
              t: { shape: [4096, 1], dtype: 'int64', data: new Array(4096).fill(0) },
            },
            dout: 'seed',
            seed: 0,
          },
        },
      })}`,
    );
    const loss = matrix(v.page, 'two-layer-net', 'loss');
    await loss.locator('[data-output-cap="output-too-large"]').waitFor();
    expect(await loss.getAttribute('data-numpy')).toBe('');
    expect(
      await v.page.locator('[data-cell="two-layer-net"] .gradcheck-numbers [data-output-cap]').count(),
    ).toBe(1);
    expect(await v.page.locator('[data-gradcheck="W1"]').getAttribute('data-value')).toBe('');
    expect((await numpyOf(v.page, 'two-layer-net', 'y'))?.length).toBeGreaterThan(0);
    await expectNoCrash(v);
  });

  it('an autosave with a broken cell is repaired on reading, set aside, said, and saved clean after the next edit', async () => {
    const raw = packed({ inputs: { sigmoid: { matrices: { x: wire([1], 3) }, dout: 'custom', seed: 0 } } });
    const context = await fresh();
    const page = await context.newPage();
    await page.goto(appUrl);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      STORAGE_KEYS.autosave,
      raw,
    ] as const);
    const v = await visit(context, appUrl);
    await page.close();
    const banner = v.page.locator('[data-link-banner="repaired-autosave"]');
    expect(await banner.locator('[data-cell-issue="sigmoid"]').textContent()).toContain(
      'The Sigmoid layer: dout was missing',
    );
    expect(await numpyOf(v.page, 'sigmoid', 'x')).toBe('[3.]');
    expect(await v.page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.unreadable)).toBe(raw);

    await typeMatrix(v.page, 'relu', 'x', '[[4.0]]');
    await expect
      .poll(async () => {
        const saved = await autosaved(v.page);
        return saved?.ok ? formatNumpy(saved.snapshot.inputs.relu!.matrices.x) : null;
      })
      .toBe('[[4.]]');
    const saved = await autosaved(v.page);
    expect(saved?.ok && saved.issues).toBeUndefined();
    await v.page.goto(appUrl);
    await v.page.locator(`${matrixSelector('two-layer-net', 'loss')}:not([data-numpy=""])`).waitFor();
    expect(await v.page.locator('[data-link-banner="repaired-autosave"]').count()).toBe(0);
    expect(await numpyOf(v.page, 'sigmoid', 'x')).toBe('[3.]');
    expect(await numpyOf(v.page, 'relu', 'x')).toBe('[[4.]]');
    await expectNoCrash(v);
  });
});
