/**
 * Browser benchmark (npm run bench:browser): the production build served by `vite preview`, in
 * headless Chromium. Prints, without asserting anything:
 * - edit → every output of the cell painted, p50/p95, for seed-size inputs and for 64×64;
 * - time to the first numbers on a cold load, and the gzipped JS received before them;
 * - the size of the lazily loaded Plotly chunk.
 * See docs/testing.md for what is measured and how. `--quick`: a few samples, to check that it runs.
 */
import { launchChromium } from '../../tests/e2e/harness/chromium';
import { openNotebook } from '../../tests/e2e/harness/notebookPage';
import { buildAndServe } from '../../tests/e2e/harness/server';
import { coldLoad, gzipSize, plotlyChunk, type ColdLoad } from './browser/coldLoad';
import { editCase } from './browser/editCases';
import { timeEdits, type EditTime } from './browser/editLatency';
import { kb, ms, percentile } from './browser/stats';

// `--quick` takes a few samples only: to check that the benchmark runs, not to read its numbers.
const QUICK = process.argv.includes('--quick');
const COLD_LOADS = QUICK ? 2 : 7;
const EDITS = QUICK ? { seed: 5, '64×64': 3 } : { seed: 60, '64×64': 12 };
const TARGET = { seed: 16.7, '64×64': 50 } as const;
/** The layer cells of issue 3, each edited through its x. */
const LAYER_CELLS = ['relu', 'sigmoid', 'affine', 'batch-affine', 'softmax-with-loss'] as const;

const line = (cells: (string | number)[], widths: number[]) =>
  cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');

async function main(): Promise<void> {
  console.log('Building the app and starting vite preview…');
  const app = await buildAndServe('bench');
  const browser = await launchChromium();
  try {
    console.log(`Serving ${app.url}\n`);

    console.log(`Cold load (${COLD_LOADS} loads, each in a fresh browser context):`);
    const loads: ColdLoad[] = [];
    for (let i = 0; i < COLD_LOADS; i++) loads.push(await coldLoad(browser, app));
    const painted = loads.map((l) => l.paintedMs);
    console.log(
      `  first numbers painted (${'[data-cell="relu"] [data-matrix="out"]'}): ` +
        `p50 ${ms(percentile(painted, 0.5))}, max ${ms(Math.max(...painted))}   (target ≤ 1000 ms)`,
    );
    console.log(
      `  first numbers in the DOM: p50 ${ms(
        percentile(
          loads.map((l) => l.inDomMs),
          0.5,
        ),
      )}`,
    );
    const first = loads[loads.length - 1];
    const before = first.jsBefore.reduce((s, f) => s + f.gzip, 0);
    console.log(`  gzipped JS received before the first numbers: ${kb(before)}   (target ≤ 150 KB)`);
    for (const f of first.jsBefore) console.log(`    ${f.file}  ${kb(f.gzip)}`);
    const plotly = plotlyChunk(app.outDir);
    console.log(
      plotly
        ? `  Plotly chunk ${plotly}: ${kb(gzipSize(app.outDir, plotly))} gzipped, ` +
            (first.plotlyRequestedMs === null
              ? 'not requested within 1.5 s of the first numbers'
              : `requested at ${ms(first.plotlyRequestedMs)} (first numbers painted at ${ms(first.paintedMs)})`)
        : '  Plotly chunk: none in the build (are the charts mounted?)',
    );

    console.log('\nEdit → every output of the cell painted, ms from the Ctrl+Enter keydown, p50 / p95:');
    console.log('  DOM: until the DOM shows every new data-numpy (the JS work: parse, derive, render);');
    console.log('  2×rAF: until the second animation frame after that, i.e. that frame was painted.');
    const widths = [18, 6, 5, 17, 17, 9];
    console.log('  ' + line(['cell', 'size', 'edits', 'DOM', '2×rAF', 'target'], widths));
    const row = (name: string, size: string, times: readonly EditTime[]) => {
      const pair = (pick: (t: EditTime) => number) => {
        const v = times.map(pick);
        return `${percentile(v, 0.5).toFixed(1)} / ${percentile(v, 0.95).toFixed(1)}`;
      };
      const target = `≤ ${TARGET[size as keyof typeof TARGET]}`;
      const cells = [name, size, times.length, pair((t) => t.dom), pair((t) => t.doubleRaf), target];
      console.log('  ' + line(cells, widths));
    };
    for (const size of ['seed', '64×64'] as const) {
      const all: EditTime[] = [];
      const notebook = await openNotebook(browser, app.url);
      for (const cell of LAYER_CELLS) {
        const { times, failures } = await timeEdits(notebook.page, editCase(cell, size, EDITS[size]));
        all.push(...times);
        row(cell, size, times);
        for (const f of failures.slice(0, 3)) console.log(`    ! ${f}`);
        if (failures.length > 3) console.log(`    ! … and ${failures.length - 3} more`);
      }
      row('all cells', size, all);
      if (notebook.problems.length) console.log(`  page problems: ${notebook.problems.join(' | ')}`);
      await notebook.close();
    }
  } finally {
    await browser.close();
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
