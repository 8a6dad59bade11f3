import { summarize, type Samples } from './timing';

/** One row of the benchmark table: the engine's samples and, when NumPy ran, NumPy's. */
export interface Row {
  readonly name: string;
  readonly engine: Samples;
  readonly numpy: Samples | null;
}

const us = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

/** "engine 12.3x faster" / "engine 3.1x slower", from the medians. */
export function ratioText(engineMedian: number, numpyMedian: number): string {
  return engineMedian <= numpyMedian
    ? `engine ${(numpyMedian / engineMedian).toFixed(1)}x faster`
    : `engine ${(engineMedian / numpyMedian).toFixed(1)}x slower`;
}

/** The table as fixed-width text lines. */
export function table(rows: readonly Row[]): string[] {
  const head = ['case', 'engine median µs', 'p95', 'NumPy median µs', 'p95', 'ratio (medians)'];
  const body = rows.map((r) => {
    const e = summarize(r.engine);
    const n = r.numpy && r.numpy.length > 0 ? summarize(r.numpy) : null;
    return [
      r.name,
      us(e.median),
      us(e.p95),
      n ? us(n.median) : '—',
      n ? us(n.p95) : '—',
      n ? ratioText(e.median, n.median) : 'NumPy not run',
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
}
