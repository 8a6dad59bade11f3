import { describe, expect, it } from 'vitest';
import { affineTraces } from '../../src/charts/affineTraces';
import { gradcheckTraces } from '../../src/charts/gradcheckTraces';
import type { ChartFigure } from '../../src/charts/figure';
import { reluTraces } from '../../src/charts/reluTraces';
import { sigmoidTraces } from '../../src/charts/sigmoidTraces';
import { softmaxTraces } from '../../src/charts/softmaxTraces';
import { array } from '../../src/engine';
import { relu } from '../../src/engine/layers/relu';
import type { Lang } from '../../src/i18n/lang';

/** Every piece of text a chart shows or says on hover: trace names and hover text, notes, titles. */
function wordsOf({ traces, layout }: ChartFigure): string[] {
  const axes = [layout.xaxis, layout.yaxis, layout.xaxis2, layout.yaxis2];
  return [
    ...traces.flatMap((t) => [t.name ?? '', t.hovertemplate ?? '']),
    ...(layout.annotations ?? []).map((a) => a.text),
    layout.title?.text ?? '',
    ...axes.map((a) => a?.title?.text ?? ''),
  ].filter(Boolean);
}

/** English words of the charts' prose (code such as out, dout, db, x·W, softmax and loss stays as it is). */
const ENGLISH =
  /\b(row|rows|column|columns|class|target|other|classes|probability|derivative|cannot|computed|error|first|same|every|sums|broadcast|slope|marked|fails|what|multiplies|stacked|added|see|above|mean|numerical|index|gradient|check)\b/i;

const big = array(Array.from({ length: 12 }, (_, i) => Array.from({ length: 20 }, (_, j) => (i - j) / 7)));
const x = array([
  [1.0, -0.5],
  [-2.0, 3.0],
]);

/** Each cell chart in its usual states, an output missing, and a big input shown in part. */
const FIGURES: readonly [string, (lang: Lang) => ChartFigure][] = [
  ['relu', (lang) => reluTraces(x, relu.forward(x).out, relu.forward(x).mask, lang)],
  ['relu, big x', (lang) => reluTraces(big, relu.forward(big).out, relu.forward(big).mask, lang)],
  ['relu without out', (lang) => reluTraces(x, null, null, lang)],
  ['sigmoid without out', (lang) => sigmoidTraces(x, null, lang)],
  [
    'affine',
    (lang) => affineTraces({ b: array([0, 1]), out: big, dout: big, db: array(new Array(20).fill(1)), lang }),
  ],
  [
    'affine without outputs',
    (lang) => affineTraces({ b: array([0]), out: null, dout: null, db: null, lang }),
  ],
  ['softmax bars', (lang) => softmaxTraces({ y: x, t: array([0, 1]), loss: '0.5', lang })],
  ['softmax heatmap', (lang) => softmaxTraces({ y: big, t: array(new Array(12).fill(1)), loss: '1', lang })],
  ['softmax without y', (lang) => softmaxTraces({ y: null, t: array([0]), loss: null, lang })],
  ['gradient check of W1', (lang) => gradcheckTraces({ name: 'W1', diff: big, mean: '2.5e-04', lang })],
  [
    'gradient check of b1',
    (lang) => gradcheckTraces({ name: 'b1', diff: array([1e-9, 0]), mean: '1e-09', lang }),
  ],
  ['gradient check that failed', (lang) => gradcheckTraces({ name: 'W2', diff: null, mean: null, lang })],
];

describe('the notebook’s charts in Japanese', () => {
  it.each(FIGURES)('%s: no English prose left in names, hover text, notes or titles', (_name, figure) => {
    const ja = wordsOf(figure('ja'));
    expect(ja.filter((w) => ENGLISH.test(w))).toEqual([]);
    // The English figure does use such words, so the check above looks at the right texts.
    expect(wordsOf(figure('en')).some((w) => ENGLISH.test(w))).toBe(true);
  });

  it.each(FIGURES)('%s: the same marks and ranges in both languages', (_name, figure) => {
    const numbers = ({ traces, layout }: ChartFigure) => ({
      ys: traces.map((t) => ('y' in t ? t.y : null)),
      z: traces.map((t) => ('z' in t ? t.z : null)),
      ranges: [layout.xaxis?.range, layout.yaxis?.range, layout.yaxis2?.range],
    });
    expect(numbers(figure('ja'))).toEqual(numbers(figure('en')));
  });
});
