import { describe, expect, it } from 'vitest';
import { array } from '../../src/engine';
import {
  affineTraces,
  MAX_DB_COLS,
  MAX_DOUT_ROWS,
  MAX_OUT_COLS,
  MAX_OUT_ROWS,
} from '../../src/charts/affineTraces';
import type { BarTrace, ScatterTrace, Trace } from '../../src/charts/figure';
import { createLiveDraw } from '../../src/charts/liveDraw';
import type { Tensor } from '../../src/engine';
import { recordingPlotly } from './fakePlotly';

// The seed's batch example: X_dot_W + B with B = [1 2 3], and dB = np.sum(dY, axis=0).
const b = array([1, 2, 3]);
const out = array([
  [1, 2, 3],
  [11, 12, 13],
]);
const dout = array([
  [1, 2, 3],
  [4, 5, 6],
]);
const db = array([5, 7, 9]);

const named = (traces: readonly Trace[], name: string) => {
  const trace = traces.find((t) => t.name?.startsWith(name));
  if (!trace) throw new Error(`no trace named ${name}`);
  return trace as BarTrace | ScatterTrace;
};
const onLowerPanel = (traces: readonly Trace[]) => traces.filter((t) => t.yaxis === 'y2');

describe('affineTraces', () => {
  const { traces, layout } = affineTraces({ b, out, dout, db });

  it('stacks the same b on x·W in every row, so each stack reaches out', () => {
    expect(named(traces, 'x·W').y).toEqual([0, 0, 0, 10, 10, 10]);
    expect(named(traces, '+ b').y).toEqual([1, 2, 3, 1, 2, 3]);
    expect(named(traces, 'out').y).toEqual([1, 2, 3, 11, 12, 13]);
    expect(layout.barmode).toBe('relative');
  });

  it('groups the bars by row, then column, on a two-level axis', () => {
    expect(named(traces, 'x·W').x).toEqual([
      ['row 0', 'row 0', 'row 0', 'row 1', 'row 1', 'row 1'],
      ['0', '1', '2', '0', '1', '2'],
    ]);
    expect(layout.xaxis?.type).toBe('multicategory');
  });

  it('stacks each row of dout per column on the lower panel, topped by db = the column sums', () => {
    const lower = onLowerPanel(traces);
    const rows = lower.filter((t) => t.type === 'bar') as BarTrace[];
    expect(rows.map((r) => r.y)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const sums = rows[0].y.map((_, j) => rows.reduce((s, r) => s + r.y[j], 0));
    const marker = named(lower, 'db') as ScatterTrace;
    expect(marker.y).toEqual([5, 7, 9]);
    expect(sums).toEqual(marker.y);
  });

  it('shows what broadcasting does with a (2, 1) b: one value per row', () => {
    const column = affineTraces({
      b: array([[1], [2]]),
      out: array([
        [1, 1],
        [12, 12],
      ]),
      dout: null,
      db: null,
    });
    expect(named(column.traces, '+ b').y).toEqual([1, 1, 2, 2]);
    expect(named(column.traces, 'x·W').y).toEqual([0, 0, 10, 10]);
  });

  it('draws the single Affine (1-d out, db = the 1-d dout as one sample) as one row', () => {
    const single = affineTraces({
      b: array([0.5, 1]),
      out: array([1.5, 3]),
      dout: array([1, 2]),
      db: array([1, 2]),
    });
    expect(named(single.traces, 'x·W').y).toEqual([1, 2]);
    const lower = onLowerPanel(single.traces);
    expect(lower.filter((t) => t.type === 'bar').map((t) => t.y)).toEqual([[1, 2]]);
    expect(named(lower, 'db').y).toEqual([1, 2]);
  });

  it('stacks every element of a 1-d dout into one bar when db = np.sum(dout, axis=0) is a scalar', () => {
    const summed = affineTraces({
      b: array([0.5, 1]),
      out: array([1.5, 3]),
      dout: array([1, 1]),
      db: array(2),
    });
    const lower = onLowerPanel(summed.traces);
    expect(lower.filter((t) => t.type === 'bar').map((t) => t.y)).toEqual([[1], [1]]);
    expect(named(lower, 'db').y).toEqual([2]);
  });

  it('prints no labels on the bars (the index is for the hover label only)', () => {
    for (const t of traces.filter((t) => t.type === 'bar' && t.text))
      expect((t as BarTrace).textposition).toBe('none');
  });

  it('draws no db panel when db is not a column sum of dout', () => {
    const odd = affineTraces({ b, out, dout, db: array([1, 2]) });
    expect(onLowerPanel(odd.traces)).toEqual([]);
    expect(odd.layout.annotations?.map((a) => a.text)).toContain('db cannot be computed');
  });

  it('says a panel cannot be drawn when its output is null, and draws nothing there', () => {
    const broken = affineTraces({ b, out: null, dout: null, db: null });
    expect(broken.traces).toEqual([]);
    const notes = (broken.layout.annotations ?? []).map((a) => a.text).join(' | ');
    expect(notes).toMatch(/out cannot be computed/);
    expect(notes).toMatch(/db cannot be computed/);
  });

  it('keeps big batches readable: caps the rows and columns of out and lumps the extra rows of dout', () => {
    const n = 64;
    const big = array(Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => i + j)));
    const sums = array(Array.from({ length: n }, (_, j) => (n * (n - 1)) / 2 + n * j));
    const figure = affineTraces({ b: array(new Array(n).fill(0)), out: big, dout: big, db: sums });
    expect(named(figure.traces, 'x·W').y).toHaveLength(MAX_OUT_ROWS * MAX_OUT_COLS);
    const rows = onLowerPanel(figure.traces).filter((t) => t.type === 'bar') as BarTrace[];
    expect(rows).toHaveLength(MAX_DOUT_ROWS);
    expect(rows.at(-1)?.name).toBe(`dout rows ${MAX_DOUT_ROWS - 1}–${n - 1}`);
    // The first MAX_DB_COLS columns of db, each the height of its stack.
    for (const r of rows) expect(r.y).toHaveLength(MAX_DB_COLS);
    const db = named(figure.traces, 'db = column sums of dout');
    expect(db.y).toEqual(Array.from(sums.data.subarray(0, MAX_DB_COLS)));
    rows[0].y.forEach((_, j) => expect(rows.reduce((s, r) => s + r.y[j], 0)).toBe(sums.data[j]));
    expect(figure.layout.annotations?.[0].text).toContain(`first ${MAX_OUT_ROWS} of ${n} rows`);
    expect(figure.layout.annotations?.[1].text).toContain(`first ${MAX_DB_COLS} of ${n} columns`);
  });

  it('gives both value axes a range holding every stack (positive and negative parts) and every mark', () => {
    const signed = array([
      [2, -7],
      [-3, 4],
    ]);
    const figure = affineTraces({ b: array([1, -1]), out: signed, dout: signed, db: array([-1, -3]) });
    const holds = (range: readonly [number, number] | undefined, lo: number, hi: number) =>
      range !== undefined && range[0] <= lo && range[1] >= hi;
    // Upper panel: x·W = out - b = [[1, -6], [-4, 5]] with b = [1, -1] stacked on it.
    expect(holds(figure.layout.yaxis?.range, -7, 5)).toBe(true);
    // Lower panel: column 0 stacks 2 up and -3 down, column 1 stacks 4 up and -7 down.
    expect(holds(figure.layout.yaxis2?.range, -7, 4)).toBe(true);
  });

  it('is drawn by moving its bars after an edit that keeps the shapes, and whole for a new shape', async () => {
    const plotly = recordingPlotly();
    const drawer = createLiveDraw();
    const draw = async (out: Tensor, dout: Tensor, db: Tensor) => {
      const f = affineTraces({ b, out, dout, db });
      await drawer(plotly, {} as HTMLElement, [...f.traces], f.layout, {});
    };
    await draw(out, dout, db);
    const edited = array([
      [1, 2, 3],
      [4, 5, 7],
    ]);
    await draw(out, edited, array([5, 7, 10]));
    expect(plotly.calls).toEqual(['react', 'relayout', 'animate']);
    await draw(array([[1, 2, 3]]), array([[1, 2, 3]]), array([1, 2, 3]));
    expect(plotly.calls.at(-1)).toBe('react');
  });
});
