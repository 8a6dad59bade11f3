/**
 * `npm run bench:edit-trace -- [cell] [seed|64×64] [edits]`: where an edit's time goes in Chromium. Times
 * a few edits to warm up, then records a Chromium trace (devtools.timeline) over `edits` more edits of
 * the cell's x (as `npm run bench:browser` makes them) and prints, for the first few, the main thread's
 * work from the Ctrl+Enter keydown on (event dispatch, React's render, forced layouts, the frame's
 * style, layout, paint, layerize and commit), then the average per edit of each kind of work. Prints
 * numbers only; what the edit-latency figures are made of, for whoever makes them smaller.
 *
 * `--profile` also records a V8 CPU profile (50 µs samples) and prints where the keydowns' JavaScript
 * time went, per function, source-mapped. For experiments: `EDIT_TRACE_CSS='…'` adds a style sheet to the
 * page before timing (e.g. to hide a part and see what it costs), `EDIT_TRACE_SAVE=file.json` keeps
 * the whole trace for a closer look, `EDIT_TRACE_TOP=n` lists n functions of the profile (30), and
 * `EDIT_TRACE_WINDOW_MS=n` looks at the n ms after each keydown (60).
 */
import { writeFileSync } from 'node:fs';
import { launchChromium } from '../../tests/e2e/harness/chromium';
import { openNotebook } from '../../tests/e2e/harness/notebookPage';
import { buildAndServe } from '../../tests/e2e/harness/server';
import { longStretches, type CpuProfile } from './cpuProfile';
import { createSourceResolver } from './sourceMap';
import { CELL_IDS, type CellId } from '../../src/notebook/cellIds';
import { editCase, type EditCase } from './browser/editCases';
import { timeEdits } from './browser/editLatency';
import { TRACE_CATEGORIES, type TraceEvent } from './traceTasks';

/** Main-thread work worth naming, as the trace calls it. */
const WORK = new Set([
  'EventDispatch',
  'FunctionCall',
  'TimerFire',
  'Blink.ForcedStyleAndLayout.UpdateTime',
  'UpdateLayoutTree',
  'Layout',
  'ProxyMain::BeginMainFrame',
  'EventHandler::handleMouseMoveEvent',
  'HitTest',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'MinorGC',
  'MajorGC',
]);
/**
 * How long after the keydown its work is looked for: the frame it lands in and the next (60 ms), or
 * `EDIT_TRACE_WINDOW_MS` (e.g. 160 to see the charts' tasks, which run after the numbers are painted).
 */
const WINDOW_US = Number(process.env.EDIT_TRACE_WINDOW_MS ?? 60) * 1000;
const SHOWN = 4;

async function main(): Promise<void> {
  const profiling = process.argv.includes('--profile');
  const [cellArg = 'relu', sizeArg = 'seed', countArg = '20'] = process.argv
    .slice(2)
    .filter((a) => !a.startsWith('--'));
  if (!(CELL_IDS as readonly string[]).includes(cellArg)) throw new Error(`no cell ${cellArg}`);
  const cell = cellArg as CellId;
  const size: EditCase['size'] = sizeArg === 'seed' ? 'seed' : '64×64';
  const count = Number(countArg);
  const app = await buildAndServe('bench-trace');
  const browser = await launchChromium();
  try {
    const notebook = await openNotebook(browser, app.url);
    const { page } = notebook;
    if (process.env.EDIT_TRACE_CSS) await page.addStyleTag({ content: process.env.EDIT_TRACE_CSS });
    await timeEdits(page, editCase(cell, size, 5));
    await browser.startTracing(page, {
      categories: [
        ...TRACE_CATEGORIES,
        'blink',
        'cc',
        'viz',
        'gpu',
        'benchmark',
        'disabled-by-default-devtools.timeline.frame',
      ],
    });
    const cdp = profiling ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
    }
    const { times } = await timeEdits(page, editCase(cell, size, count));
    const profile = cdp
      ? ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile
      : null;
    const traceText = (await browser.stopTracing()).toString('utf8');
    if (process.env.EDIT_TRACE_SAVE) writeFileSync(process.env.EDIT_TRACE_SAVE, traceText);
    const events = JSON.parse(traceText).traceEvents as TraceEvent[];
    await notebook.close();

    const threadNames = new Map<string, string>();
    for (const e of events) {
      if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
    }
    const main = events.filter(
      (e) => e.ph === 'X' && threadNames.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' && WORK.has(e.name),
    );
    // Each edit is Control then Enter: the Enter keydown is the second of a pair under 100 ms apart.
    const keydowns = main.filter((e) => e.name === 'EventDispatch' && eventType(e) === 'keydown');
    const enters = keydowns.filter((k, i) => i > 0 && k.ts - keydowns[i - 1].ts < 100_000);
    console.log(
      `${cell}, ${size}: ${enters.length} edits traced (of ${count}); ms after the keydown, duration ms`,
    );
    const perKind = new Map<string, number>();
    enters.forEach((k, i) => {
      const work = main.filter((e) => e.ts >= k.ts && e.ts < k.ts + WINDOW_US && (e.dur ?? 0) >= 300);
      for (const e of work) perKind.set(e.name, (perKind.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
      if (i >= SHOWN) return;
      console.log(`edit ${i + 1}: painted ${times[i]?.painted ?? '<16'} ms (Event Timing)`);
      for (const e of work) {
        const at = ((e.ts - k.ts) / 1000).toFixed(1).padStart(6);
        console.log(`  +${at}  ${((e.dur ?? 0) / 1000).toFixed(2).padStart(6)}  ${e.name} ${eventType(e)}`);
      }
    });
    console.log(
      `average per edit, ${WINDOW_US / 1000} ms from the keydown (nested work is counted in its parent too):`,
    );
    for (const [name, total] of [...perKind].sort((a, b) => b[1] - a[1])) {
      console.log(`  ${(total / enters.length).toFixed(2).padStart(6)}  ${name}`);
    }
    if (profile) {
      // The keydown's handling: where the JavaScript time before the frame goes.
      const within = enters.map((k) => [k.ts, k.ts + (k.dur ?? 0)] as const);
      const report = longStretches(profile, 0, createSourceResolver(app.outDir, app.url), within);
      const perEdit = (ms: number) => (ms / enters.length).toFixed(2).padStart(6);
      console.log('CPU profile of the keydowns (50 µs samples), ms per edit, inclusive:');
      for (const f of report.inclusive.slice(0, Number(process.env.EDIT_TRACE_TOP ?? 30)))
        console.log(`  ${perEdit(f.ms)}  ${f.what}`);
      console.log('self:');
      for (const f of report.self.slice(0, 20)) console.log(`  ${perEdit(f.ms)}  ${f.what}`);
    }
  } finally {
    await browser.close();
    await app.close();
  }
}

function eventType(e: TraceEvent): string {
  const data = e.args?.data as { type?: string; functionName?: string } | undefined;
  return data?.type ?? data?.functionName ?? '';
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
