import type { Tensor } from '../engine';
import { pick, type Bilingual } from '../i18n/bilingual';
import type { Lang } from '../i18n/lang';
import { notComputed, rowLabel } from './chartWords';
import { axis, baseLayout, COLORS, emptyNote } from './chartStyle';
import type { ChartFigure, Trace } from './figure';
import { rowsOf } from './matrixRows';
import { softmaxTargets } from './softmaxTargets';

/** Up to this many rows are drawn as bars; larger batches are drawn as a heatmap. */
export const MAX_BAR_ROWS = 8;

/** What the Softmax-with-Loss chart draws; `y` and `loss` are null when they cannot be computed. */
export interface SoftmaxChartInput {
  readonly y: Tensor | null;
  readonly t: Tensor;
  /** The loss as NumPy prints it (e.g. `0.10406420174253615`), or null. */
  readonly loss: string | null;
  /** The language of the chart's words (English by default). */
  readonly lang?: Lang;
}

/** The chart's words; code (y, t, softmax(x), loss) stays as it is in both languages. */
const WORDS = {
  others: { ja: 'y（ほかのクラス）', en: 'y, other classes' },
  targetBar: { ja: 'y（正解クラス, t から）', en: 'y, target class (from t)' },
  target: { ja: '正解', en: 'target' },
  targetFromT: { ja: '正解（t から）', en: 'target (from t)' },
  targetHover: { ja: '%{y} 行目の正解: クラス %{x}', en: 'target of row %{y}: class %{x}' },
  klass: { ja: 'クラス', en: 'class' },
  rowAxis: { ja: '行', en: 'row' },
  probability: { ja: '確率', en: 'probability' },
} satisfies Record<string, Bilingual>;

const TARGET_SYMBOL = 'star';

/** Probability 0 → pale, 1 → deep blue (Plotly's own 'Blues' runs the other way). */
const PROBABILITY_SCALE: readonly (readonly [number, string])[] = [
  [0, '#eff6ff'],
  [1, '#1e3a8a'],
];

/** Bars at (row, class) positions of a two-level axis. */
interface Bars {
  readonly x: [string[], string[]];
  readonly y: number[];
}

const emptyBars = (): Bars => ({ x: [[], []], y: [] });

/**
 * One bar per class per row, grouped by row: the class the loss reads in green (and starred, so even a
 * tiny probability is seen), the others in grey. The grey trace lists every position (0 at the targets)
 * because the first trace fixes the order of a categorical axis; stacked, each position shows one bar.
 */
function barTraces(y: Tensor, targets: number[] | null, lang: Lang): Trace[] {
  const view = rowsOf(y);
  const hit = emptyBars();
  const rest = emptyBars();
  for (let i = 0; i < view.rows; i++) {
    const row = pick(rowLabel(i), lang);
    for (let j = 0; j < view.cols; j++) {
      const isTarget = targets?.[i] === j;
      rest.x[0].push(row);
      rest.x[1].push(String(j));
      rest.y.push(isTarget ? 0 : view.at(i, j));
      if (isTarget) {
        hit.x[0].push(row);
        hit.x[1].push(String(j));
        hit.y.push(view.at(i, j));
      }
    }
  }
  const hover = 'y[%{x}] = %{y}<extra></extra>';
  const traces: Trace[] = [
    {
      type: 'bar',
      name: targets ? pick(WORDS.others, lang) : 'y = softmax(x)',
      ...rest,
      hovertemplate: hover,
      marker: { color: COLORS.other },
    },
  ];
  if (targets) {
    traces.push(
      {
        type: 'bar',
        name: pick(WORDS.targetBar, lang),
        ...hit,
        hovertemplate: hover,
        marker: { color: COLORS.target },
      },
      {
        type: 'scatter',
        mode: 'markers',
        name: pick(WORDS.target, lang),
        ...hit,
        showlegend: false,
        hoverinfo: 'skip',
        cliponaxis: false,
        marker: {
          color: COLORS.target,
          symbol: TARGET_SYMBOL,
          size: 14,
          line: { color: '#ffffff', width: 1 },
        },
      },
    );
  }
  return traces;
}

/** Rows × classes as a heatmap of probabilities, with the targets starred. */
function heatmapTraces(y: Tensor, targets: number[] | null, lang: Lang): Trace[] {
  const view = rowsOf(y);
  const z = Array.from({ length: view.rows }, (_, i) =>
    Array.from({ length: view.cols }, (_, j) => view.at(i, j)),
  );
  const traces: Trace[] = [
    {
      type: 'heatmap',
      name: 'y = softmax(x)',
      z,
      zmin: 0,
      zmax: 1,
      colorscale: PROBABILITY_SCALE,
      colorbar: { thickness: 10, len: 0.9 },
      hovertemplate: 'y[%{y}, %{x}] = %{z}<extra></extra>',
    },
  ];
  if (targets) {
    traces.push({
      type: 'scatter',
      mode: 'markers',
      name: pick(WORDS.targetFromT, lang),
      x: targets,
      y: targets.map((_, i) => i),
      hovertemplate: `${pick(WORDS.targetHover, lang)}<extra></extra>`,
      marker: { color: COLORS.target, symbol: TARGET_SYMBOL, size: 8 },
    });
  }
  return traces;
}

/**
 * Softmax-with-Loss: each row's probabilities (bars, or a heatmap for big batches) with the class the
 * loss reads marked, and the loss in the title.
 */
export function softmaxTraces({ y, t, loss, lang = 'en' }: SoftmaxChartInput): ChartFigure {
  const title = { text: `loss = ${loss ?? '—'}`, font: { size: 14 } };
  if (!y) {
    return {
      traces: [],
      layout: baseLayout(330, {
        title,
        annotations: [emptyNote(pick(notComputed('y'), lang))],
      }),
    };
  }
  const targets = softmaxTargets(y, t);
  const rows = rowsOf(y).rows;
  if (rows > MAX_BAR_ROWS) {
    return {
      traces: heatmapTraces(y, targets, lang),
      layout: baseLayout(Math.min(520, 200 + rows * 5), {
        title,
        showlegend: false,
        margin: { l: 48, r: 12, t: 36, b: 48 },
        xaxis: axis({ title: { text: pick(WORDS.klass, lang) }, zeroline: false }),
        yaxis: axis({ title: { text: pick(WORDS.rowAxis, lang) }, autorange: 'reversed', zeroline: false }),
      }),
    };
  }
  return {
    traces: barTraces(y, targets, lang),
    layout: baseLayout(330, {
      title,
      barmode: 'relative',
      showlegend: true,
      xaxis: axis({ type: 'multicategory' }),
      yaxis: axis({ range: [0, 1.08], title: { text: pick(WORDS.probability, lang) } }),
    }),
  };
}
