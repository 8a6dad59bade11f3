/**
 * `npm run bench:training`: how fast the two-layer net learns MNIST with the book's setup (784-50-10,
 * std 0.01, SGD lr 0.1, batch 100, seed 0, 8,000 / 2,000 split), until the test accuracy measured at an
 * epoch boundary reaches 0.92. Prints, without asserting anything:
 * - Node: steps and seconds (the trainer of src/training, evaluations included), ms per step;
 * - NumPy, when python3 has numpy: the same loop (scripts/bench/training_numpy.py), with x in float32 as
 *   the book's load_mnist makes it and in float64;
 * - headless Chromium: the production build's training panel, from pressing Start to the
 *   [data-metric="test-accuracy"] hook reaching 0.92; the long main-thread tasks meanwhile
 *   (PerformanceObserver 'longtask': every task over 50 ms), and what ran in them, from the long
 *   animation frames' scripts mapped back to the sources through the build's source maps.
 * The per-step time against NumPy's is printed by `npm run bench` (scripts/bench/engine.ts).
 * `--url <address>`: measure a page already served there instead of building the app (`--out-dir <dir>`:
 * where that build is, to map its scripts back to the sources);
 * `--profile`: also record a V8 CPU profile and print where its long stretches of work went;
 * `--trace`: also record a Chromium trace and print each long task's CPU time beside its wall time
 * (on a loaded machine a task can take 50 ms of wall time while its thread ran for far less);
 * `--browser-only`: skip the Node and NumPy runs; `--runs <n>`: measure Chromium n times (long tasks
 * come and go with the machine's load, so one run says little).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { decodeMnist } from '../../src/training/dataset';
import { DEFAULT_HYPERPARAMETERS } from '../../src/training/hyperparameters';
import { createTrainer } from '../../src/training/trainer';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/harness/chromium';
import { NAME_SHIM } from '../../tests/e2e/harness/notebookPage';
import { buildAndServe } from '../../tests/e2e/harness/server';
import { longStretches, type CpuProfile } from './cpuProfile';
import {
  longestFrameLines,
  OBSERVE_MAIN_THREAD,
  offenderLines,
  offenders,
  type LongFrame,
  type LongTask,
} from './longFrames';
import { createSourceResolver, type SourceResolver } from './sourceMap';
import { TRACE_CATEGORIES, traceTasks, type TraceEvent, type TracedTask } from './traceTasks';

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

/** How the Chromium run is observed. */
interface Observe {
  /** Maps built chunks back to the sources (when the bench built the app itself). */
  readonly resolve?: SourceResolver;
  /** Also records a V8 CPU profile of the run (it slows the page a little). */
  readonly profile: boolean;
  /** Also records a Chromium trace of the run, for each task's CPU time beside its wall time. */
  readonly trace: boolean;
}

/** Prints the trace's main-thread tasks: over 50 ms by wall time and by CPU time, and the longest. */
function reportTrace(events: readonly TraceEvent[], observe: Observe): void {
  const report = traceTasks(events, 50, observe.resolve);
  if (!report) {
    console.log('    trace: no renderer main thread found');
    return;
  }
  console.log(
    `    trace: ${report.tasks} main-thread tasks; over 50 ms: ${report.overByWall} by wall time ` +
      `(longest ${report.maxWallMs.toFixed(0)} ms), ${report.overByCpu} by CPU time (longest ${report.maxCpuMs.toFixed(0)} ms); ` +
      `${(report.totalCpuMs / 1000).toFixed(2)} s of main-thread CPU in ${(report.spanMs / 1000).toFixed(1)} s`,
  );
  const line = (t: TracedTask) => {
    const parts = t.parts
      .filter((p) => p.ms >= 1)
      .slice(0, 4)
      .map((p) => `${p.ms.toFixed(0)} ms ${p.what}`);
    return `${t.wallMs.toFixed(0)} ms wall / ${t.cpuMs.toFixed(0)} ms CPU at +${(t.atMs / 1000).toFixed(1)} s: ${parts.join('; ')}`;
  };
  if (report.long.length) console.log('      the longest (CPU time of what ran in them):');
  for (const t of [...report.long].sort((a, b) => b.wallMs - a.wallMs).slice(0, 5))
    console.log(`        ${line(t)}`);
  console.log('      the most CPU:');
  for (const t of report.heaviest) console.log(`        ${line(t)}`);
}

/** Prints the long tasks and long frames seen between `from` and `to` (page time), and what ran in them. */
async function reportMainThread(page: Page, from: number, to: number, observe: Observe): Promise<void> {
  const tasks: LongTask[] = await page.evaluate('window.__longTasks');
  const frames: LongFrame[] = await page.evaluate('window.__longFrames');
  const during = tasks.filter((t) => t.start >= from && t.start <= to);
  if (during.length) {
    const list = during.map(
      (t) =>
        `${t.duration.toFixed(0)} ms at +${((t.start - from) / 1000).toFixed(1)} s` +
        (t.name === 'self' ? '' : ` (${t.name})`),
    );
    console.log(`    long tasks while training: ${list.join(', ')}`);
  }
  const longest = during.reduce((m, t) => Math.max(m, t.duration), 0);
  const before = tasks.filter((t) => t.start < from);
  console.log(
    `    main thread while training: ${during.length} long tasks (> 50 ms)` +
      (during.length ? `, the longest ${longest.toFixed(0)} ms` : '') +
      `; before Start: ${before.length}` +
      (before.length
        ? ` (page load, first chart draws), the longest ${Math.max(...before.map((t) => t.duration)).toFixed(0)} ms`
        : ''),
  );
  const loading = frames.filter((f) => f.start < from && f.blockingDuration > 0);
  if (loading.length) {
    console.log(`    before Start, what ran in the ${loading.length} blocking long animation frames:`);
    for (const line of offenderLines(offenders(loading, observe.resolve), 5)) console.log(`      ${line}`);
  }
  const blocking = frames.filter((f) => f.start >= from && f.start <= to && f.blockingDuration > 0);
  if (blocking.length) {
    console.log(`    what ran in the ${blocking.length} blocking long animation frames while training:`);
    for (const line of offenderLines(offenders(blocking, observe.resolve))) console.log(`      ${line}`);
    console.log('    the longest of those frames:');
    for (const line of longestFrameLines(blocking, from, observe.resolve)) console.log(`      ${line}`);
  }
}

/** Prints where the CPU profile's long stretches of main-thread work went. */
async function reportProfile(cdp: CDPSession, observe: Observe): Promise<void> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const report = longStretches(profile, 50, observe.resolve);
  const ms = (v: number) => `${v.toFixed(0).padStart(5)} ms`;
  console.log(
    `    CPU profile: ${report.stretches.length} stretches of main-thread work over 50 ms` +
      (report.stretches.length ? `, the longest ${Math.max(...report.stretches).toFixed(0)} ms` : ''),
  );
  if (!report.stretches.length) return;
  console.log('      inclusive time in them:');
  for (const f of report.inclusive.slice(0, 14)) console.log(`        ${ms(f.ms)}  ${f.what}`);
  console.log('      self time in them:');
  for (const f of report.self.slice(0, 10)) console.log(`        ${ms(f.ms)}  ${f.what}`);
}

async function chromium(url: string, observe: Observe): Promise<void> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(NAME_SHIM);
    await context.addInitScript(OBSERVE_MAIN_THREAD);
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
    if (observe.trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const cdp = observe.profile ? await context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
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
    const trace = observe.trace ? JSON.parse((await browser.stopTracing()).toString('utf8')) : null;
    await page.locator('[data-training] [data-train="pause"]').click();
    console.log(
      `  Chromium: test accuracy ${result.value} at step ${result.step}, ${s(result.ms)} after pressing Start   (target ≤ 60 s)`,
    );
    await reportMainThread(page, result.startedAt, result.startedAt + result.ms, observe);
    if (cdp) await reportProfile(cdp, observe);
    if (trace) reportTrace(trace.traceEvents, observe);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const urlArg = process.argv.indexOf('--url');
  const profile = process.argv.includes('--profile');
  const trace = process.argv.includes('--trace');
  const browserOnly = process.argv.includes('--browser-only');
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 1;
  console.log(
    `Training to test accuracy ${TARGET} with the book's setup (784-50-10, lr 0.1, batch 100, seed 0):`,
  );
  if (!browserOnly) {
    node();
    numpy();
  }
  if (urlArg > 0) {
    const url = process.argv[urlArg + 1];
    const outDirArg = process.argv.indexOf('--out-dir');
    const resolve = outDirArg > 0 ? createSourceResolver(process.argv[outDirArg + 1], url) : undefined;
    for (let r = 0; r < runs; r++) await chromium(url, { profile, trace, resolve });
    return;
  }
  console.log('  Building the app and starting vite preview…');
  const app = await buildAndServe('bench-training');
  try {
    const resolve = createSourceResolver(app.outDir, app.url);
    for (let r = 0; r < runs; r++) await chromium(app.url, { profile, trace, resolve });
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
