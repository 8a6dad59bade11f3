import type { Tensor } from '../engine';
import { pick, type Bilingual } from '../i18n/bilingual';
import type { Lang } from '../i18n/lang';
import { axis, baseLayout, BOTTOM_MARGIN, COLORS, emptyNote, panelTitle } from './chartStyle';
import type { Annotation, ChartFigure, ScatterTrace } from './figure';
import { flatIndexLabel, pointSample } from './matrixRows';
import { paddedRange } from './valueRange';

/**
 * At most this many of x's values are drawn as points: 64 × 64 inputs would bury the curves, and each
 * point is an SVG path on both panels, so 1024 made every redraw after a 64 × 64 edit a 65–80 ms task
 * (measured with `npm run bench:edit-trace`); a sample of 256 shows where the inputs land just as well.
 */
export const MAX_POINTS = 256;

/** What a function-and-derivative chart draws. */
export interface FunctionPanels {
  /** Name of the function, e.g. 'ReLU'. */
  readonly name: string;
  /** Curve of the function, drawn on the upper panel. */
  readonly curve: { readonly x: readonly (number | null)[]; readonly y: readonly (number | null)[] };
  /** Curve of its derivative, drawn on the lower panel. */
  readonly slope: { readonly x: readonly (number | null)[]; readonly y: readonly (number | null)[] };
  /** The current inputs, marked on both curves. */
  readonly x: Tensor;
  /** Where each input lands, or null when the layer's forward fails for x (the curves are drawn alone). */
  readonly at: PanelPoints | null;
  /** The language of the chart's words (English by default). */
  readonly lang?: Lang;
}

/** The layer's results at each input of x (by flat index). */
export interface PanelPoints {
  /** The function's value at each input (the layer's `out`). */
  readonly valueAt: (k: number) => number;
  /** The derivative at each input (what backward multiplies `dout` by). */
  readonly slopeAt: (k: number) => number;
}

/** Said in the chart when x has no points: forward failed, and the cell shows NumPy's error. */
export const NO_POINTS_NOTE: Bilingual = {
  ja: 'x は描けません:<br>forward が失敗（上のエラー）',
  en: 'x is not marked:<br>forward fails (error above)',
};

/** The chart's words; code (out, dout, backward, x) stays as it is in both languages. */
const WORDS = {
  of: (shown: number, total: number): Bilingual => ({
    ja: `（${total} 個のうち ${shown} 個）`,
    en: ` (${shown} of ${total})`,
  }),
  outAt: { ja: 'x での out', en: 'out at x' },
  slopeAt: { ja: 'x での傾き', en: 'slope at x' },
  slope: { ja: '傾き', en: 'slope' },
  derivative: (name: string): Bilingual => ({ ja: `${name}′（導関数）`, en: `${name}′ (derivative)` }),
  slopeTitle: (name: string): Bilingual => ({
    ja: `${name}′(x): backward が dout に掛ける値`,
    en: `${name}′(x): what backward multiplies dout by`,
  }),
};

/** The note in the upper panel's top left, which both curves leave empty (they are low on the left). */
const noPoints = (lang: Lang): Annotation => ({
  ...emptyNote(pick(NO_POINTS_NOTE, lang), 0.86),
  x: 0.02,
  xanchor: 'left',
  align: 'left',
});

/**
 * Two stacked panels sharing the x axis: the function over its range on top, its derivative below,
 * and each current value of x as a point on both — so the learner sees where each input lands.
 *
 * Every axis has its range given (the curve's span; the values drawn, with room), so that an edit that
 * only moves the points is drawn by moving them (`createLiveDraw`), not by redrawing the whole figure:
 * Plotly.react took 15–20 ms of the main thread after every edit, even for a 2×2 x.
 */
export function functionPanels(p: FunctionPanels): ChartFigure {
  const lang = p.lang ?? 'en';
  const at = p.at;
  const picks = at ? pointSample(p.x.size, MAX_POINTS) : [];
  const px = picks.map((k) => p.x.data[k]);
  const labels = picks.map((k) => `x${flatIndexLabel(p.x.shape, k)}`);
  const note = at && picks.length < p.x.size ? pick(WORDS.of(picks.length, p.x.size), lang) : '';
  const points = (
    name: Bilingual,
    value: string,
    y: number[],
    yaxis: string,
    showlegend: boolean,
  ): ScatterTrace => ({
    type: 'scatter',
    mode: 'markers',
    name: pick(name, lang) + note,
    x: px,
    y,
    yaxis,
    text: labels,
    hovertemplate: `%{text} = %{x}<br>${value} = %{y}<extra></extra>`,
    marker: { color: COLORS.point, size: 9, line: { color: '#ffffff', width: 1 } },
    legendgroup: 'x',
    showlegend,
  });
  const values = at ? picks.map(at.valueAt) : [];
  const slopes = at ? picks.map(at.slopeAt) : [];
  return {
    traces: [
      {
        type: 'scatter',
        mode: 'lines',
        name: p.name,
        ...p.curve,
        line: { color: COLORS.fn, width: 2 },
        hoverinfo: 'skip',
      },
      {
        type: 'scatter',
        mode: 'lines',
        name: pick(WORDS.derivative(p.name), lang),
        ...p.slope,
        yaxis: 'y2',
        connectgaps: false,
        line: { color: COLORS.derivative, width: 2 },
        hoverinfo: 'skip',
      },
      points(WORDS.outAt, 'out', values, 'y', true),
      points(WORDS.slopeAt, pick(WORDS.slope, lang), slopes, 'y2', false),
    ],
    layout: baseLayout(380, {
      margin: { l: 48, r: 12, t: 28, b: BOTTOM_MARGIN },
      showlegend: true,
      annotations: [
        panelTitle(`${p.name}(x)`, 1),
        panelTitle(pick(WORDS.slopeTitle(p.name), lang), 0.42),
        ...(at ? [] : [noPoints(lang)]),
      ],
      xaxis: axis({ anchor: 'y2', title: { text: 'x' }, range: paddedRange(p.curve.x, px) }),
      yaxis: axis({ domain: [0.56, 1], anchor: 'x', range: paddedRange(p.curve.y, values) }),
      yaxis2: axis({ domain: [0, 0.4], anchor: 'x', range: paddedRange(p.slope.y, slopes) }),
    }),
  };
}
