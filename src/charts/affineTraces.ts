import type { Tensor } from '../engine';
import { pick, type Bilingual } from '../i18n/bilingual';
import type { Lang } from '../i18n/lang';
import { notComputed, rowLabel } from './chartWords';
import { axis, baseLayout, BOTTOM_MARGIN, COLORS, emptyNote, panelTitle } from './chartStyle';
import type { Annotation, ChartFigure, Trace } from './figure';
import { axis0Rows, broadcastAt, rowsOf, shownNote, type RowView } from './matrixRows';
import { paddedRange, stackedRange } from './valueRange';

/** Rows and columns of `out` drawn as bars; more would be unreadable at phone width. */
export const MAX_OUT_ROWS = 3;
export const MAX_OUT_COLS = 8;
/** Rows of `dout` drawn as their own stacked segment; the rest are drawn as one segment. */
export const MAX_DOUT_ROWS = 8;
/**
 * Columns of db (and of dout's stacks) drawn. Past it the stacks are too thin to read, and each one is
 * MAX_DOUT_ROWS bars for Plotly to draw again after every edit: 64 columns took ≈ 35 ms of the main
 * thread, enough to hold up the learner's next keystroke.
 */
export const MAX_DB_COLS = 16;

/** The layer values the Affine chart draws; an output is null when its shapes do not agree. */
export interface AffineChartInput {
  readonly b: Tensor;
  readonly out: Tensor | null;
  readonly dout: Tensor | null;
  readonly db: Tensor | null;
  /** The language of the chart's words (English by default). */
  readonly lang?: Lang;
}

/** The chart's words; code (x·W, b, out, dout, db) stays as it is in both languages. */
const WORDS = {
  bias: { ja: '+ b（どの行にも同じ b）', en: '+ b (same b on every row)' },
  biasHover: { ja: 'ブロードキャストされた b', en: 'b broadcast to' },
  doutRow: (i: number): Bilingual => ({ ja: `dout の ${i} 行目`, en: `dout row ${i}` }),
  doutRowHover: (i: number): Bilingual => ({
    ja: `dout の ${i} 行目, %{x} 列: %{y}`,
    en: `dout row ${i}, column %{x}: %{y}`,
  }),
  doutRows: (from: number, to: number): Bilingual => ({
    ja: `dout の ${from}–${to} 行目`,
    en: `dout rows ${from}–${to}`,
  }),
  doutRowsHover: (from: number): Bilingual => ({
    ja: `dout の ${from} 行目以降の和, %{x} 列: %{y}`,
    en: `dout rows ${from}– summed, column %{x}: %{y}`,
  }),
  db: { ja: 'db = dout の列和', en: 'db = column sums of dout' },
  outTitle: { ja: 'out = x·W + b: b はどの行にも足される', en: 'out = x·W + b: b is added to every row' },
  dbTitle: {
    ja: 'db = dout の列和: dout の各行を積み上げたもの',
    en: 'db = the column sums of dout: its rows stacked',
  },
  dbMissing: { ja: 'db は計算できません', en: 'db cannot be computed' },
  column: { ja: '列', en: 'column' },
} satisfies Record<string, Bilingual | ((...args: number[]) => Bilingual)>;

/**
 * One colour per row of dout in the dB panel's stacked bars, neighbours apart in hue and lightness; each
 * keeps WCAG's 3:1 for graphics on the page and cell backgrounds of both themes (tests/theme/contrast.test.ts).
 */
export const ROW_SHADES = [
  '#2563eb',
  '#0891b2',
  '#8b5cf6',
  '#059669',
  '#d946ef',
  '#0d8073',
  '#9333ea',
  '#4d7c0f',
];

/** A panel's traces and the range of its value axis (the values drawn, with room). */
interface Panel {
  readonly traces: Trace[];
  readonly range: [number, number];
}

/**
 * Upper panel: for each shown row of out, the bar x·W with b stacked on it (the same b on every row:
 * NumPy's broadcasting) and out marked. `x·W` is read back as `out - b`.
 */
function outPanel(b: Tensor, out: Tensor, lang: Lang): Panel {
  const view = rowsOf(out);
  const rows = Math.min(view.rows, MAX_OUT_ROWS);
  const cols = Math.min(view.cols, MAX_OUT_COLS);
  const groups: string[] = [];
  const labels: string[] = [];
  const text: string[] = [];
  const product: number[] = [];
  const bias: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < rows; i++) {
    const row = pick(rowLabel(i), lang);
    for (let j = 0; j < cols; j++) {
      const value = view.at(i, j);
      const added = broadcastAt(b, out.shape, i * view.cols + j);
      groups.push(row);
      labels.push(String(j));
      text.push(out.ndim <= 1 ? `[${j}]` : `[${i}, ${j}]`);
      product.push(value - added);
      bias.push(added);
      total.push(value);
    }
  }
  const x = [groups, labels] as const;
  const traces: Trace[] = [
    {
      type: 'bar',
      name: 'x·W',
      x,
      y: product,
      text,
      hovertemplate: '(x·W)%{text} = %{y}<extra></extra>',
      textposition: 'none',
      marker: { color: COLORS.product },
    },
    {
      type: 'bar',
      name: pick(WORDS.bias, lang),
      x,
      y: bias,
      text,
      hovertemplate: `${pick(WORDS.biasHover, lang)} %{text} = %{y}<extra></extra>`,
      textposition: 'none',
      marker: { color: COLORS.bias },
    },
    {
      type: 'scatter',
      mode: 'markers',
      name: 'out = x·W + b',
      x,
      y: total,
      text,
      hovertemplate: 'out%{text} = %{y}<extra></extra>',
      marker: { color: COLORS.total, symbol: 'diamond', size: 9, line: { color: '#ffffff', width: 1 } },
    },
  ];
  return { traces, range: stackedRange([product, bias], total) };
}

/**
 * dout as rows whose column sums are db: along axis 0 (`np.sum(dout, axis=0)`), or, for the single
 * Affine's 1-D dout (a batch of one sample, db = dout), as one row. Null when db is neither.
 */
export function doutRows(dout: Tensor, db: Tensor): RowView | null {
  const byAxis0 = axis0Rows(dout);
  if (byAxis0.cols === db.size) return byAxis0;
  const oneRow = rowsOf(dout);
  return oneRow.cols === db.size ? oneRow : null;
}

/** Lower panel: each column of dout as a stack of its rows, whose height is that column of db. */
function dbPanel(view: RowView, db: Tensor, lang: Lang): Panel {
  const labels = Array.from({ length: Math.min(view.cols, MAX_DB_COLS) }, (_, j) => String(j));
  const own = Math.min(view.rows, view.rows > MAX_DOUT_ROWS ? MAX_DOUT_ROWS - 1 : MAX_DOUT_ROWS);
  const segment = (name: string, y: number[], hovertemplate: string, color: string): Trace => ({
    type: 'bar',
    name,
    x: labels,
    y,
    xaxis: 'x2',
    yaxis: 'y2',
    showlegend: false,
    hovertemplate,
    marker: { color, line: { color: '#ffffff', width: 0.5 } },
  });
  const heights: number[][] = [];
  const segments: Trace[] = [];
  for (let i = 0; i < own; i++) {
    const y = labels.map((_, j) => view.at(i, j));
    heights.push(y);
    segments.push(
      segment(
        pick(WORDS.doutRow(i), lang),
        y,
        `${pick(WORDS.doutRowHover(i), lang)}<extra></extra>`,
        ROW_SHADES[i % ROW_SHADES.length],
      ),
    );
  }
  if (own < view.rows) {
    const y = labels.map((_, j) => {
      let s = 0;
      for (let i = own; i < view.rows; i++) s += view.at(i, j);
      return s;
    });
    heights.push(y);
    segments.push(
      segment(
        pick(WORDS.doutRows(own, view.rows - 1), lang),
        y,
        `${pick(WORDS.doutRowsHover(own), lang)}<extra></extra>`,
        COLORS.other,
      ),
    );
  }
  const sums = Array.from(db.data.subarray(0, labels.length));
  segments.push({
    type: 'scatter',
    mode: 'markers',
    name: pick(WORDS.db, lang),
    x: labels,
    y: sums,
    xaxis: 'x2',
    yaxis: 'y2',
    hovertemplate: 'db[%{x}] = %{y}<extra></extra>',
    marker: { color: COLORS.total, symbol: 'diamond', size: 9, line: { color: '#ffffff', width: 1 } },
  });
  return { traces: segments, range: stackedRange(heights, sums) };
}

/**
 * Batch Affine: how b is broadcast over the rows of x·W (upper panel) and how db collects the
 * column sums of dout (lower panel). A panel whose input is null says so instead.
 *
 * Both value axes have their range given, so that an edit that keeps the shapes is drawn by moving the
 * bars (`createLiveDraw`): Plotly.react redrew the whole figure in 15–30 ms after every edit.
 */
export function affineTraces({ b, out, dout, db, lang = 'en' }: AffineChartInput): ChartFigure {
  const traces: Trace[] = [];
  const notes: Annotation[] = [];
  let top = 28;
  let outRange = paddedRange();
  let dbRange = paddedRange();
  if (out) {
    const view = rowsOf(out);
    const panel = outPanel(b, out, lang);
    traces.push(...panel.traces);
    outRange = panel.range;
    const shown = [
      shownNote(Math.min(view.rows, MAX_OUT_ROWS), view.rows, 'rows', lang),
      shownNote(Math.min(view.cols, MAX_OUT_COLS), view.cols, 'columns', lang),
    ].filter(Boolean);
    // What is left out goes on a second line, so the title still fits a phone.
    if (shown.length) top = 44;
    const title = pick(WORDS.outTitle, lang);
    notes.push(panelTitle(shown.length ? `${title}<br>(${shown.join(', ')})` : title, 1));
  } else {
    notes.push(panelTitle('out = x·W + b', 1), emptyNote(pick(notComputed('out'), lang), 0.8));
  }
  const view = dout && db ? doutRows(dout, db) : null;
  if (view && db) {
    const panel = dbPanel(view, db, lang);
    traces.push(...panel.traces);
    dbRange = panel.range;
    const shown = shownNote(Math.min(view.cols, MAX_DB_COLS), view.cols, 'columns', lang);
    const title = pick(WORDS.dbTitle, lang);
    notes.push(panelTitle(shown ? `${title}<br>(${shown})` : title, 0.4));
  } else {
    notes.push(panelTitle(pick(WORDS.db, lang), 0.4), emptyNote(pick(WORDS.dbMissing, lang), 0.18));
  }
  return {
    traces,
    layout: baseLayout(480, {
      barmode: 'relative',
      bargap: 0.25,
      showlegend: true,
      margin: { l: 48, r: 12, t: top, b: BOTTOM_MARGIN },
      annotations: notes,
      xaxis: axis({ type: 'multicategory', anchor: 'y', tickfont: { size: 10 } }),
      yaxis: axis({ domain: [0.62, 1], anchor: 'x', range: outRange }),
      xaxis2: axis({ type: 'category', anchor: 'y2', title: { text: pick(WORDS.column, lang) } }),
      yaxis2: axis({ domain: [0, 0.4], anchor: 'x2', range: dbRange }),
    }),
  };
}
