/**
 * `npm run bench:training`: how fast the two-layer net learns MNIST with the book's setup (784-50-10,
 * std 0.01, SGD lr 0.1, batch 100, seed 0, 8,000 / 2,000 split), until the test accuracy measured at an
 * epoch boundary reaches 0.92. Prints, without asserting anything:
 * - Node: steps and seconds (the trainer of src/training, evaluations included), ms per step;
 * - NumPy, when python3 has numpy: the same loop (scripts/bench/training_numpy.py), with x in float32 as
 *   the book's load_mnist makes it and in float64;
 * - headless Chromium: the production build's training panel, from pressing Start to the
 *   [data-metric="test-accuracy"] hook reaching 0.92, and the longest main-thread task meanwhile
 *   (PerformanceObserver 'longtask': every task over 50 ms).
 * The per-step time against NumPy's is printed by `npm run bench` (scripts/bench/engine.ts).
 * `--url <address>`: measure a page already served there instead of building the app.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { decodeMnist } from '../../src/training/dataset';
import { DEFAULT_HYPERPARAMETERS } from '../../src/training/hyperparameters';
import { createTrainer } from '../../src/training/trainer';
import { launchChromium } from '../../tests/e2e/harness/chromium';
import { NAME_SHIM } from '../../tests/e2e/harness/notebookPage';
import { buildAndServe } from '../../tests/e2e/harness/server';

const TARGET = 0.92;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function node(): void {
  const data = decodeMnist(new Uint8Array(readFileSync('public/data/mnist-10k.bin')));
  const trainer = createTrainer(data, DEFAULT_HYPERPARAMETERS);
  let stepMs = 0;
  let evalMs = 0;
  const start = performance.now();
  for (;;) {
    const t0 = performance.now();
    const { epoch } = trainer.trainStep();
    const t1 = performance.now();
    // A step that measured accuracy spent most of its time in the two evaluations.
    if (epoch) evalMs += t1 - t0;
    else stepMs += t1 - t0;
    if ((epoch && epoch.testAcc >= TARGET) || trainer.done) {
      const total = performance.now() - start;
      const steps = trainer.step;
      const evals = trainer.epochs.length;
      console.log(
        `  Node ${process.version}: test accuracy ${epoch?.testAcc} at step ${steps} in ${s(total)}`,
      );
      console.log(
        `    ${(stepMs / (steps - evals)).toFixed(2)} ms per step (gradient, SGD update and the book's loss after it), ` +
          `${(evalMs / evals).toFixed(0)} ms per step with an evaluation (${evals} of 10,000 digits each)`,
      );
      return;
    }
  }
}

function numpy(): void {
  const run = spawnSync('python3', ['scripts/bench/training_numpy.py'], {
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (run.status !== 0) {
    console.log(
      `  NumPy: skipped (${(run.stderr || run.error?.message || 'python3 failed').trim().split('\n').at(-1)})`,
    );
    return;
  }
  const r = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
  for (const kind of ['float32', 'float64'] as const) {
    const { steps, seconds, testAcc } = r[kind];
    const why = kind === 'float32' ? "the book's load_mnist dtype" : 'x.astype(float64)';
    console.log(
      `  NumPy ${r.numpy}, x ${kind} (${why}): ${testAcc} at step ${steps} in ${seconds.toFixed(2)} s`,
    );
  }
}

/** Records long tasks from the first script on, so none is missed. */
const OBSERVE_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

async function chromium(url: string): Promise<void> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(NAME_SHIM);
    await context.addInitScript(OBSERVE_LONG_TASKS);
    const page = await context.newPage();
    const loadStart = Date.now();
    await page.goto(url);
    const ready = page.locator('[data-training] [data-train-status="idle"]');
    try {
      await ready.waitFor({ timeout: 60_000 });
    } catch {
      console.log('  Chromium: no training panel ([data-training]) became ready on the page; is it mounted?');
      return;
    }
    console.log(`  Chromium: digits loaded and panel ready ${s(Date.now() - loadStart)} after navigation`);
    await page.locator('[data-training] [data-train="start"]').scrollIntoViewIfNeeded();
    // Timed in the page: from the click to the first time the hook shows >= TARGET.
    const result = await page.evaluate(
      ({ target }) =>
        new Promise<{ startedAt: number; ms: number; step: string | null; value: string | null }>((done) => {
          const root = document.querySelector('[data-training]')!;
          const hook = root.querySelector('[data-metric="test-accuracy"]')!;
          const startedAt = performance.now();
          new MutationObserver((_, observer) => {
            const value = hook.getAttribute('data-value');
            if (value && Number(value) >= target) {
              observer.disconnect();
              const step = root.querySelector('[data-metric="step"]')!.getAttribute('data-value');
              done({ startedAt, ms: performance.now() - startedAt, step, value });
            }
          }).observe(hook, { attributes: true });
          (root.querySelector('[data-train="start"]') as HTMLButtonElement).click();
        }),
      { target: TARGET },
    );
    await page.locator('[data-training] [data-train="pause"]').click();
    const tasks: { start: number; duration: number }[] = await page.evaluate('window.__longTasks');
    const during = tasks.filter(
      (t) => t.start >= result.startedAt && t.start <= result.startedAt + result.ms,
    );
    const longest = during.reduce((m, t) => Math.max(m, t.duration), 0);
    console.log(
      `  Chromium: test accuracy ${result.value} at step ${result.step}, ${s(result.ms)} after pressing Start   (target ≤ 60 s)`,
    );
    console.log(
      `    main thread while training: ${during.length} long tasks (> 50 ms)` +
        (during.length ? `, the longest ${longest.toFixed(0)} ms` : '') +
        `; before Start: ${tasks.length - during.length} (page load, Plotly)`,
    );
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const urlArg = process.argv.indexOf('--url');
  console.log(
    `Training to test accuracy ${TARGET} with the book's setup (784-50-10, lr 0.1, batch 100, seed 0):`,
  );
  node();
  numpy();
  if (urlArg > 0) {
    await chromium(process.argv[urlArg + 1]);
    return;
  }
  console.log('  Building the app and starting vite preview…');
  const app = await buildAndServe('bench-training');
  try {
    await chromium(app.url);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
