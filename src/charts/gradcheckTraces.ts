import type { Tensor } from '../engine';
import { pick, type Bilingual } from '../i18n/bilingual';
import type { Lang } from '../i18n/lang';
import { axis, baseLayout, emptyNote } from './chartStyle';
import type { ChartFigure } from './figure';

/** The colour scale's ends, in log10 of the absolute difference: 1e-14 and below reads as agreement. */
export const LOG_RANGE = [-14, -2] as const;

/** Below 1e-7 (blue) backprop and the numerical gradient agree as well as h = 1e-4 allows; above, orange to red. */
export const AGREEMENT_LOG10 = -7;

/** Where a log10 value sits on the colour scale, 0..1. */
const at = (log10: number) => (log10 - LOG_RANGE[0]) / (LOG_RANGE[1] - LOG_RANGE[0]);

/** Blues up to 1e-7, then amber to red: the eye goes straight to the entries that disagree. */
export const GRADCHECK_COLORSCALE: readonly (readonly [number, string])[] = [
  [0, '#1e3a8a'],
  [at(AGREEMENT_LOG10) - 0.01, '#93c5fd'],
  [at(AGREEMENT_LOG10), '#fcd34d'],
  [1, '#b91c1c'],
];

/** log10 of |diff|, clamped to the scale (an exact 0 goes to the bottom; NaN stays NaN, drawn blank). */
export function log10Diff(d: number): number {
  if (Number.isNaN(d)) return NaN;
  if (d <= 0) return LOG_RANGE[0];
  return Math.min(LOG_RANGE[1], Math.max(LOG_RANGE[0], Math.log10(d)));
}

/** One parameter's gradient check as a chart: its name, and |backprop − numerical| (null if it failed). */
export interface GradcheckChartInput {
  readonly name: string;
  readonly diff: Tensor | null;
  /** The mean absolute difference as gradient_check.py prints it, for the title. */
  readonly mean: string | null;
  /** The language of the chart's words (English by default). */
  readonly lang?: Lang;
}

/** The chart's words; code (backprop, the parameter's name) stays as it is in both languages. */
const WORDS = {
  mean: { ja: '平均', en: 'mean' },
  numerical: { ja: '数値微分', en: 'numerical' },
  missing: { ja: '勾配確認はできません（上のエラーを参照）', en: 'no gradient check: see the error above' },
  column: { ja: '列', en: 'column' },
  index: { ja: 'インデックス', en: 'index' },
} satisfies Record<string, Bilingual>;

/**
 * A heatmap of log10 |backprop − numerical| over one parameter's entries (a 1-D bias as one row), on a
 * fixed scale shared by W1, b1, W2 and b2 so that their colours compare.
 */
export function gradcheckTraces({ name, diff, mean, lang = 'en' }: GradcheckChartInput): ChartFigure {
  const title = { text: `${name} · ${pick(WORDS.mean, lang)} ${mean ?? '—'}`, font: { size: 12 } };
  const numerical = pick(WORDS.numerical, lang);
  if (!diff || diff.size === 0 || diff.ndim > 2) {
    return {
      traces: [],
      layout: baseLayout(140, { title, annotations: [emptyNote(pick(WORDS.missing, lang))] }),
    };
  }
  const rows = diff.ndim === 2 ? diff.shape[0] : 1;
  const cols = diff.ndim === 0 ? 1 : diff.shape[diff.ndim - 1];
  const z = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => log10Diff(diff.data[r * cols + c])),
  );
  const index = diff.ndim === 2 ? `${name}[%{y}, %{x}]` : `${name}[%{x}]`;
  return {
    traces: [
      {
        type: 'heatmap',
        name: `|d${name} − ${numerical}|`,
        z,
        x: Array.from({ length: cols }, (_, c) => c),
        y: Array.from({ length: rows }, (_, r) => r),
        zmin: LOG_RANGE[0],
        zmax: LOG_RANGE[1],
        colorscale: GRADCHECK_COLORSCALE,
        colorbar: { thickness: 10, len: 0.9 },
        hovertemplate: `${index}<br>|backprop − ${numerical}| ≈ 1e%{z:.1f}<extra></extra>`,
      },
    ],
    layout: baseLayout(Math.min(260, 90 + rows * 34), {
      title,
      margin: { l: 36, r: 12, t: 32, b: 28 },
      xaxis: axis({
        dtick: 1,
        zeroline: false,
        title: { text: pick(diff.ndim === 2 ? WORDS.column : WORDS.index, lang) },
      }),
      yaxis: axis({ dtick: 1, zeroline: false, autorange: 'reversed', showticklabels: diff.ndim === 2 }),
    }),
  };
}
